from incubator_app.cli import main

raise SystemExit(main())
