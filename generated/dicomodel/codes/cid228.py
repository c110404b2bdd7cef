"""CID 228 Equation or Table.

Extensible, version 20030327, UID 1.2.840.10008.6.1.33.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 228
NAME: _Final[str] = "Equation or Table"
KEYWORD: _Final[str | None] = "EquationOrTable"
UID: _Final[str | None] = "1.2.840.10008.6.1.33"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Equation: _Final[_Code] = _Code("DCM", "121420", "Equation", (228,))
"""Equation (DCM 121420)."""

EquationCitation: _Final[_Code] = _Code("DCM", "121421", "Equation Citation", (228,))
"""Equation Citation (DCM 121421)."""

TableOfValues: _Final[_Code] = _Code("DCM", "121424", "Table of Values", (228,))
"""Table of Values (DCM 121424)."""

TableOfValuesCitation: _Final[_Code] = _Code("DCM", "121422", "Table of Values Citation", (228,))
"""Table of Values Citation (DCM 121422)."""

MethodCitation: _Final[_Code] = _Code("DCM", "121423", "Method Citation", (228,))
"""Method Citation (DCM 121423)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Equation,
    EquationCitation,
    TableOfValues,
    TableOfValuesCitation,
    MethodCitation,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
