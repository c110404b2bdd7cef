"""``python -m generator``: the same entry point as the ``dicomodel-gen`` script."""

from generator.cli import main

raise SystemExit(main())
