"""The ``dicomodel-gen`` console script: the generator of a checkout, when there is one.

The wheel holds the runtime and the generated package only; the generator
(``generator/`` and ``templates/`` of the source tree) runs from a checkout
installed editable with its extra, ``pip install -e '.[gen]'``, which puts it
on the path. Elsewhere the script says so instead of failing on an import.
"""

from __future__ import annotations

import sys

_GENERATOR_MODULES = frozenset({"generator", "jinja2", "lxml", "requests"})


def main() -> int:
    """Run ``generator.cli.main``; exit status 2 with advice when it is not installed."""
    try:
        from generator.cli import main as generator_main
    except ModuleNotFoundError as error:
        if (error.name or "").split(".")[0] not in _GENERATOR_MODULES:
            raise
        print(
            f"dicomodel-gen: the generator is not installed ({error.name} is missing): "
            "it runs from a checkout of the dicomodel sources, "
            "installed with `pip install -e '.[gen]'`",
            file=sys.stderr,
        )
        return 2
    return generator_main()
