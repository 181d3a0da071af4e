# The two set-up commands of the README (`make site`, `make test`), plus `install`,
# `release` and `dist`. Every target installs what is missing with apt-get first
# (libcmark-dev, tzdata; for the tests also the independent validators), so a fresh
# Debian machine with the Swift toolchain needs nothing else.
SWIFT ?= swift
SITE_OUTPUT ?= site/public
PREFIX ?= /usr/local
DIST_DIR ?= .build/dist
ARCH := $(shell uname -m)
DIST_TARBALL := $(DIST_DIR)/storingen-linux-$(ARCH).tar.xz
RELEASE_BINARY := .build/release/storingen
# What `storingen --version` prints: the tag given to `make dist VERSION=v1.2.0`, else
# `git describe` of these sources. Package.swift reads it; a new value recompiles one C file.
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo unknown)
export STORINGEN_VERSION := $(VERSION)
# Libraries the release build links in rather than finds at run time: their archives go in
# one folder that a libcmark.pc puts first on the linker's search path, so `-lcmark`,
# `-lstdc++` (the Swift runtime's) and `-lz` (notify's HTTP) take the archive. An archive
# this machine lacks stays a shared library. The binary then needs only glibc and tzdata.
STATIC_LIBS := $(CURDIR)/.build/static-libs
STATIC_ARCHIVES := libcmark.a libstdc++.a libz.a

.PHONY: site test release install dist deps test-deps validate-site check-docs check-workflows check-dist

# Check the incidents in incidents/ and build the site into site/public/.
site: release
	$(RELEASE_BINARY) build --incidents incidents --site site --output $(SITE_OUTPUT)

# Run every test: the Swift test suite; the built example site through independent
# validators (Nu HTML checker, feedparser, icalendar, headless Chromium, a link check
# served from a sub-path); the command blocks of the README and docs/; the distributable
# tarball, copied alone; and the run: steps of the shipped workflows, the GitHub Action and
# the CI recipes of docs/ci-and-publishing.md. The release binary is compiled once, and the
# tarball and every workflow use it.
test: deps test-deps release
	$(SWIFT) test
	$(MAKE) --no-print-directory validate-site check-docs check-dist check-workflows

validate-site:
	$(SWIFT) build --product storingen
	rm -rf .build/validated-site
	.build/debug/storingen build --incidents incidents --site site --output .build/validated-site --as-of "2026-11-23 12:00"
	python3 Tests/SiteValidation/validate_site.py .build/validated-site --screenshots .build/site-screenshots
	python3 Tests/SiteValidation/check_subpath_site.py .build/debug/storingen --incidents incidents --site site
	python3 Tests/SiteValidation/check_embed.py .build/debug/storingen --screenshots .build/embed-screenshots

# Every shell block of the README and docs/ marked `<!-- run -->`, with the debug binary.
check-docs:
	$(SWIFT) build --product storingen
	python3 Tests/Docs/check_doc_commands.py .build/debug/storingen

check-workflows: dist
	python3 Tests/Workflow/check_workflows.py --tool . --binary $(RELEASE_BINARY) --dist $(DIST_DIR)

check-dist: dist
	bash Tests/Distribution/check_dist.sh $(DIST_TARBALL)

# The release build every other target uses: the Swift runtime, Foundation, libcmark,
# libstdc++, libgcc and zlib linked in, so `ldd` lists only glibc's libraries.
release: deps
	@mkdir -p $(STATIC_LIBS)
	@for archive in $(STATIC_ARCHIVES); do \
		path=$$(clang -print-file-name=$$archive); [ "$$path" = "$$archive" ] || ln -sf "$$path" $(STATIC_LIBS)/$$archive; \
	done
	@printf 'Name: libcmark\nDescription: libcmark, linked in statically\nVersion: %s\nLibs: -L%s -lcmark\nCflags: %s\n' \
		"$$(pkg-config --modversion libcmark)" "$(STATIC_LIBS)" "$$(pkg-config --cflags libcmark)" > $(STATIC_LIBS)/libcmark.pc
	PKG_CONFIG_PATH=$(STATIC_LIBS) $(SWIFT) build -c release --product storingen --static-swift-stdlib \
		-Xswiftc -Xclang-linker -Xswiftc -static-libgcc

# Install the storingen executable into $(PREFIX)/bin (it carries its theme: the
# binary alone is all there is to install).
install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(RELEASE_BINARY) $(DESTDIR)$(PREFIX)/bin/storingen

# The release binary, stripped, as the tarball a release attaches
# (storingen-linux-<arch>.tar.xz: storingen/bin/storingen, the README and docs/), and
# SHA256SUMS of the tarballs in $(DIST_DIR). Made again only when the binary changed.
dist: release $(DIST_TARBALL)

$(DIST_TARBALL): $(RELEASE_BINARY) README.md $(wildcard docs/*.md)
	rm -rf $(DIST_DIR)/package && mkdir -p $(DIST_DIR)/package/storingen/bin
	strip -o $(DIST_DIR)/package/storingen/bin/storingen $(RELEASE_BINARY)
	cp README.md $(DIST_DIR)/package/storingen/
	cp -R docs $(DIST_DIR)/package/storingen/
	XZ_OPT="-6 -T0" tar -C $(DIST_DIR)/package -cJf $(DIST_TARBALL) storingen
	cd $(DIST_DIR) && sha256sum storingen-linux-*.tar.xz > SHA256SUMS
	@echo "dist: $(DIST_TARBALL) ($$(du -h $(DIST_TARBALL) | cut -f1)), version $(VERSION)"

# libcmark (the Markdown parser) and tzdata (Europe/Amsterdam) from Debian.
deps:
	@bash .ci/install-deps

test-deps:
	@bash .ci/install-deps --test
