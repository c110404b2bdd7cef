"""CID 3400 Procedure Log Title.

Extensible, version 20030327, UID 1.2.840.10008.6.1.65.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3400
NAME: Final[str] = "Procedure Log Title"
KEYWORD: Final[str | None] = "ProcedureLogTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.65"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CathLabProcedureLog: Final[Code] = Code("DCM", "121120", "Cath Lab Procedure Log", (3400,))
"""Cath Lab Procedure Log (DCM 121120)."""

MEMBERS: Final[tuple[Code, ...]] = (CathLabProcedureLog,)
"""The resolved membership: own members, then those of the included groups, in order."""
