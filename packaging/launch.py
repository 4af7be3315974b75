"""The bundle's entry point: the same as the `rupture-annotator` command a wheel installs."""

from rupture_annotator.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
