package opdreport

// SetAfterRead sets the hook Import calls once the file is read and checked, before
// its transaction begins.
func SetAfterRead(s *Service, f func()) { s.afterRead = f }
