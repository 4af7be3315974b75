from rupture_annotator.cli import main

raise SystemExit(main())
