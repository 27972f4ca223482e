# Dijipilot — the two set-up commands are `make run` and `make test`; both install what is missing first.
SWIFT ?= swift
PREFIX ?= /usr/local
export SWIFT_BACKTRACE ?= enable=no

.PHONY: run test build release bench install deps test-sanitize lint format clean

# System packages the build and the tests need (python3-icalendar: the calendar export's parse check, read by
# Debian's /usr/bin/python3); installed with apt-get only when absent.
deps:
	@missing=""; \
	pkg-config --exists ncursesw 2>/dev/null || missing="$$missing libncursesw5-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || missing="$$missing python3-icalendar"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

run: build
	$(SWIFT) run dijipilot

test: deps
	$(SWIFT) build --build-tests
	@# A bound on the whole run: a hung test fails CI in minutes with its output, not after CI's 90.
	timeout -k 30 1500 $(SWIFT) test --skip-build

release: deps
	$(SWIFT) build -c release

bench: release
	.build/release/dijipilot-bench

# Address sanitizer over the core tests. Leak detection is off: the only leaks LeakSanitizer reports come from the
# toolchain's XCTest runner and from Foundation's file reading on a thrown error, not from project code.
test-sanitize: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan --filter DijipilotCoreTests

# Style check against .swift-format (line length 120, 4-space indents); CI runs it before `make test`.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

# Rewrites the sources in place to .swift-format's style (the one-time formatting commit, then before commits).
format:
	$(SWIFT) format format --in-place --recursive --parallel Sources Tests Package.swift

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/dijipilot/Data
	install -m 755 .build/release/dijipilot $(DESTDIR)$(PREFIX)/bin/dijipilot
	install -m 644 Data/curriculum.json Data/questions.json $(DESTDIR)$(PREFIX)/share/dijipilot/Data/
	install -d $(DESTDIR)$(PREFIX)/share/dijipilot/Data/templates
	install -m 644 Data/templates/* $(DESTDIR)$(PREFIX)/share/dijipilot/Data/templates/

clean:
	rm -rf .build .build-*
