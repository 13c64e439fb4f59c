package filelock

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sidamping/models"
	"sidamping/services/testutil"
)

// TestMain lets the test binary play the first SiDamping: with SIDAMPING_HOLD_LOCK set it
// takes the instance lock of that database, says so on stdout and waits to be killed.
func TestMain(m *testing.M) {
	if db := os.Getenv("SIDAMPING_HOLD_LOCK"); db != "" {
		l, err := Instance(db)
		if err != nil {
			os.Stdout.WriteString("error " + err.Error() + "\n")
			os.Exit(2)
		}
		os.Stdout.WriteString("held\n")
		_, _ = bufio.NewReader(os.Stdin).ReadString('\n') // until the parent closes stdin
		_ = l.Release()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestTryLockTwiceInOneProcess(t *testing.T) {
	path := filepath.Join(testutil.TempDir(t), "a.lock")
	l, err := TryLock(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := TryLock(path); !errors.Is(err, ErrHeld) {
		t.Fatalf("second TryLock: %v, want ErrHeld", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	l2, err := TryLock(path)
	if err != nil {
		t.Fatalf("after Release: %v", err)
	}
	_ = l2.Release()
}

// A second process is refused with an Indonesian message while the first holds the lock,
// and may start once the first has ended (killed: the lock file stays, the lock does not).
func TestInstanceSecondProcess(t *testing.T) {
	db := filepath.Join(testutil.TempDir(t), "folder #1", "sidamping.db")
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), "SIDAMPING_HOLD_LOCK="+db)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "held" {
		t.Fatalf("helper: %q %v", line, err)
	}

	_, err = Instance(db)
	var ae *models.AppError
	if !errors.As(err, &ae) || ae.Code != CodeAlreadyRunning {
		t.Fatalf("second start: %v, want %s", err, CodeAlreadyRunning)
	}
	if !strings.Contains(ae.Message, "SiDamping sudah berjalan") || !strings.Contains(ae.Message, db) {
		t.Errorf("message %q", ae.Message)
	}

	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	_ = stdin.Close()
	if _, err := os.Stat(InstancePath(db)); err != nil {
		t.Fatalf("lock file: %v", err)
	}
	var l *Lock
	for i := 0; i < 50; i++ { // the system may take a moment to drop a killed process's lock
		if l, err = Instance(db); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("after the first ended: %v", err)
	}
	_ = l.Release()
}
