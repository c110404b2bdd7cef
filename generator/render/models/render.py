"""Model files and the lazy ``__init__`` of each model package, rendered."""

from __future__ import annotations

from generator.ir.standard import Standard
from generator.render.files import RenderedFile, render
from generator.render.models.plan import Plan, plan_models
from generator.render.models.specs import ModuleFile
from generator.render.stubs import model_stubs

PACKAGES = {
    "iods": "IOD models, one module per IOD; loaded on first use.",
    "modules": "Module models, one module per PS3.3 module table; loaded on first use.",
    "macros": "Macro models, one module per PS3.3 macro table; loaded on first use.",
    "items": "Sequence item models shared by modules, macros and IODs; loaded on first use.",
    "enums": "Enumerated Values (closed) and Defined Terms (open) as enums; loaded on first use.",
}


def render_models(standard: Standard) -> tuple[list[RenderedFile], list[str]]:
    """Every model file and package ``__init__``, the checkers' stubs of ``items``,
    ``enums`` and ``iods`` (see :mod:`generator.render.stubs`); and the planner's report.

    The stubs keep the field docstrings: jedi shows a stub field's own docstring, not
    the ``.py``'s.
    """
    plan = plan_models(standard)
    files: list[RenderedFile] = []
    # the presence rules of each module and macro file (dicomodel._rules), by kind
    rules: dict[str, list[RenderedFile]] = {kind: [] for kind in RULES_KINDS}
    for path, module_file in sorted(plan.files.items()):
        _, kind, name = path.removesuffix(".py").split("/")
        files.append(_model_file(standard, kind, name, module_file))
        if kind in rules:
            rules[kind].append(_model_file(standard, f"_rules/{kind}", name, module_file))
    files.extend(_rules_packages(standard, rules))
    sop_classes = sorted(
        (sop_class.uid, plan.iod_tables[sop_class.iod_table])
        for sop_class in standard.sop_classes
        if sop_class.iod_table in plan.iod_tables
    )
    packages: dict[str, RenderedFile] = {}
    for kind, doc in PACKAGES.items():
        registry = _registry(plan, kind)
        names = sorted(registry.items())
        aliases = (
            [(alias, name, registry[name]) for alias, name in plan.item_aliases.items()]
            if kind == "items"
            else []
        )
        packages[kind] = render(
            f"dicomodel/{kind}/__init__.py.jinja2",
            standard=standard,
            doc=doc,
            names=names,
            aliases=aliases,
            public=sorted([*registry, *(alias for alias, _, _ in aliases)]),
            sop_classes=sop_classes if kind == "iods" else None,
        )
        files.append(packages[kind])
    files.append(
        render(
            "dicomodel/_tables.py.jinja2",
            standard=standard,
            modules=_names(plan, "modules"),
            macros=_names(plan, "macros"),
        )
    )
    files.extend(model_stubs(plan.files, packages, plan.item_aliases, standard))
    return files, plan.report


RULES_KINDS = ("modules", "macros")


def _model_file(
    standard: Standard, folder: str, name: str, module_file: ModuleFile
) -> RenderedFile:
    return render(
        f"dicomodel/{folder}/{{name}}.py.jinja2",
        path_fields={"name": name},
        standard=standard,
        file=module_file,
    )


def _rules_packages(standard: Standard, rules: dict[str, list[RenderedFile]]) -> list[RenderedFile]:
    """The ``dicomodel._rules`` packages: each ``__init__``, then its files."""
    files = [render("dicomodel/_rules/__init__.py.jinja2", standard=standard)]
    for kind, found in rules.items():
        files.append(render(f"dicomodel/_rules/{kind}/__init__.py.jinja2", standard=standard))
        files.extend(found)
    return files


def _names(plan: Plan, folder: str) -> list[tuple[str, str]]:
    names = plan.table_names.items()
    return sorted((name, where) for (kind, name), where in names if kind == folder)


def _registry(plan: Plan, kind: str) -> dict[str, str]:
    registry: dict[str, str] = getattr(plan, kind)
    return registry
