"""Model files and the lazy ``__init__`` of each model package, rendered."""

from __future__ import annotations

from generator.ir.modules import AttributeTable
from generator.ir.standard import Standard
from generator.render.files import RenderedFile, render
from generator.render.models.plan import Plan, plan_models, tag_digits
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
    for path, module_file in sorted(plan.files.items()):
        _, kind, name = path.removesuffix(".py").split("/")
        files.append(
            render(
                f"dicomodel/{kind}/{{name}}.py.jinja2",
                path_fields={"name": name},
                standard=standard,
                file=module_file,
            )
        )
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
            tags=_table_tags(standard, plan),
        )
    )
    files.extend(model_stubs(plan.files, packages, plan.item_aliases, standard))
    return files, plan.report


def _table_tags(standard: Standard, plan: Plan) -> list[tuple[str, list[str]]]:
    """Per module and macro class (``module.path:ClassName``), the tags of its top-level
    attributes as hex literals: what validation needs to tell whether a module or
    functional group stands in a data set, without importing its class."""
    found: dict[str, list[str]] = {}
    tables: list[tuple[str, AttributeTable]] = [("modules", table) for table in standard.modules]
    tables += [("macros", table) for table in standard.macros]
    for folder, table in tables:
        where = plan.tables.get((folder, table.table))
        if where is None:
            continue
        # the same digits as the classes' Attribute literals (IR tags are upper-case hex)
        tags = {tag_digits(attribute.tag) for attribute in table.attributes if attribute.keyword}
        found[where] = [f"0x{digits}" for digits in sorted(tags)]
    return sorted(found.items())


def _names(plan: Plan, folder: str) -> list[tuple[str, str]]:
    names = plan.table_names.items()
    return sorted((name, where) for (kind, name), where in names if kind == folder)


def _registry(plan: Plan, kind: str) -> dict[str, str]:
    registry: dict[str, str] = getattr(plan, kind)
    return registry
