# SiDamping — the two commands that matter:
#   make run    install what is missing, build, launch the app (demo data on first run)
#   make test   every test: vet, Go tests, Vitest, Linux + Windows builds and installer,
#               Go tests under Wine, end-to-end tests, a screenshot of the real window
# The work is done by scripts/*.sh so that CI (.ci/run) runs exactly the same thing.

SHELL := /bin/bash
export PATH := /usr/local/go/bin:$(HOME)/go/bin:$(PATH)

DB ?=

.PHONY: help run deps test vet gotest frontend-test linux windows installer installer-test wine-test \
	e2e screenshot bench measure icon dev clean

help:
	@echo "make run         install what is missing, build and launch SiDamping (DB=path to choose a database)"
	@echo "make test        every test and build (what CI runs)"
	@echo "make deps        apt packages, the pinned Wails CLI, npm packages"
	@echo "make vet | gotest | frontend-test | installer-test | wine-test | e2e | screenshot   single stages"
	@echo "make linux       build/bin/SiDamping"
	@echo "make windows     build/bin/SiDamping.exe + build/bin/SiDamping-amd64-installer.exe"
	@echo "make bench       Go benchmarks of services/"
	@echo "make measure     start-up time and memory of the real window (README table)"
	@echo "make dev         wails dev (hot reload)"

run:
	@bash scripts/run.sh $(if $(DB),--db "$(DB)")

deps:
	@bash scripts/deps.sh

test:
	@bash scripts/test.sh

vet:
	@STAGES=vet bash scripts/test.sh

gotest:
	@STAGES=gotest bash scripts/test.sh

frontend-test:
	@STAGES=frontend bash scripts/test.sh

linux:
	@bash scripts/build.sh linux

windows installer:
	@bash scripts/build.sh windows

installer-test:
	@STAGES=installer bash scripts/test.sh

wine-test:
	@bash scripts/wine-tests.sh

e2e:
	@STAGES=e2e bash scripts/test.sh

screenshot:
	@test -x build/bin/SiDamping || bash scripts/build.sh linux
	@bash scripts/screenshot.sh

bench:
	@mkdir -p frontend/dist && touch frontend/dist/.gitkeep
	go test -run '^$$' -bench . -benchmem ./services/...

# 4 editions of 1M household members into one registry (README, "Household registry").
bench-editions:
	@mkdir -p frontend/dist && touch frontend/dist/.gitkeep
	HOUSEHOLDS_BENCH_ROWS=1000000 go test -run '^$$' -bench ImportEditions -benchtime 1x -timeout 60m ./services/households/

measure:
	@test -x build/bin/SiDamping || bash scripts/build.sh linux
	@bash scripts/measure-startup.sh

icon:
	go run ./tools/icongen -out build

dev:
	wails dev $$(. scripts/lib.sh && tags_flag)

clean:
	rm -rf build/bin build/logs build/wine-tests build/installer-test
