package backup

// FailAfterCopy makes every later Restore of s fail with err once the file is copied.
func FailAfterCopy(s *Service, err error) { s.afterCopyHook = func() error { return err } }
