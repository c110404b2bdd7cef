"""PS3.3: IODs, modules, macros and functional groups as resolved attribute trees.

Modules of this package, in the order the parse uses them:

- ``tables``: classify every table (module, macro, IOD, functional groups, skipped);
- ``rows``: a module or macro table's rows -> raw attribute/include/placeholder rows;
- ``descriptions``: conditions and context group constraints in descriptions;
- ``values``: Enumerated Values and Defined Terms, from cells and linked sections;
- ``includes``: raw rows -> :class:`~generator.ir.modules.AttributeUse` trees;
- ``iods`` and ``functional_groups``: IOD module and functional group tables;
- ``merge``: an IOD's flat attribute set;
- ``stats``: whole-part figures for the build report.
"""

from __future__ import annotations

from generator.parse.part03.merge import iod_attributes, merge_attribute, merge_levels
from generator.parse.part03.parser import Part03, parse_part03
from generator.parse.part03.stats import Summary, summarize

__all__ = [
    "Part03",
    "Summary",
    "iod_attributes",
    "merge_attribute",
    "merge_levels",
    "parse_part03",
    "summarize",
]
