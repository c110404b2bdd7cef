"""CID 632 Surgical Procedure Phase Requiring Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1097.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 632
NAME: Final[str] = "Surgical Procedure Phase Requiring Anesthesia"
KEYWORD: Final[str | None] = "SurgicalProcedurePhaseRequiringAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1097"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Preoperative: Final[Code] = Code("SCT", "262068006", "Preoperative", (31, 632, 3201, 6146))
"""Preoperative (SCT 262068006)."""

Intraoperative: Final[Code] = Code("SCT", "277671009", "Intraoperative", (31, 632))
"""Intraoperative (SCT 277671009)."""

Postoperative: Final[Code] = Code("SCT", "262061000", "Postoperative", (31, 632, 6146))
"""Postoperative (SCT 262061000)."""

MEMBERS: Final[tuple[Code, ...]] = (Preoperative, Intraoperative, Postoperative)
"""The resolved membership: own members, then those of the included groups, in order."""
