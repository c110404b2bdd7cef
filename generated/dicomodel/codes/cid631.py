"""CID 631 Procedure Phase Requiring Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1096.
Includes CID 632, CID 12102.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 631
NAME: Final[str] = "Procedure Phase Requiring Anesthesia"
KEYWORD: Final[str | None] = "ProcedurePhaseRequiringAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1096"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = (632, 12102)
EXTERNAL_SCHEME: Final[str | None] = None

Preoperative: Final[Code] = Code("SCT", "262068006", "Preoperative", (31, 632, 3201, 6146))
"""Preoperative (SCT 262068006). Included from CID 632."""

Intraoperative: Final[Code] = Code("SCT", "277671009", "Intraoperative", (31, 632))
"""Intraoperative (SCT 277671009). Included from CID 632."""

Postoperative: Final[Code] = Code("SCT", "262061000", "Postoperative", (31, 632, 6146))
"""Postoperative (SCT 262061000). Included from CID 632."""

AfterProcedure: Final[Code] = Code("SCT", "303110006", "After Procedure", (3815, 12102))
"""After Procedure (SCT 303110006). Included from CID 12102."""

DuringProcedure: Final[Code] = Code("SCT", "307154001", "During Procedure", (12102,))
"""During Procedure (SCT 307154001). Included from CID 12102."""

BeforeProcedure: Final[Code] = Code("SCT", "307153007", "Before Procedure", (12102,))
"""Before Procedure (SCT 307153007). Included from CID 12102."""

MEMBERS: Final[tuple[Code, ...]] = (
    Preoperative,
    Intraoperative,
    Postoperative,
    AfterProcedure,
    DuringProcedure,
    BeforeProcedure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
