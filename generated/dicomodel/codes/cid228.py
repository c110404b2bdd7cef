"""CID 228 Equation or Table.

Extensible, version 20030327, UID 1.2.840.10008.6.1.33.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 228
NAME: Final[str] = "Equation or Table"
KEYWORD: Final[str | None] = "EquationOrTable"
UID: Final[str | None] = "1.2.840.10008.6.1.33"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Equation: Final[Code] = Code("DCM", "121420", "Equation", (228,))
"""Equation (DCM 121420)."""

EquationCitation: Final[Code] = Code("DCM", "121421", "Equation Citation", (228,))
"""Equation Citation (DCM 121421)."""

TableOfValues: Final[Code] = Code("DCM", "121424", "Table of Values", (228,))
"""Table of Values (DCM 121424)."""

TableOfValuesCitation: Final[Code] = Code("DCM", "121422", "Table of Values Citation", (228,))
"""Table of Values Citation (DCM 121422)."""

MethodCitation: Final[Code] = Code("DCM", "121423", "Method Citation", (228,))
"""Method Citation (DCM 121423)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Equation,
    EquationCitation,
    TableOfValues,
    TableOfValuesCitation,
    MethodCitation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
