"""CID 6320 Abdominopelvic Intervention.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1377.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6320
NAME: Final[str] = "Abdominopelvic Intervention"
KEYWORD: Final[str | None] = "AbdominopelvicIntervention"
UID: Final[str | None] = "1.2.840.10008.6.1.1377"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OperationOnPelvicRegionOfTrunk: Final[Code] = Code(
    "SCT", "609638001", "Operation on pelvic region of trunk", (6320,)
)
"""Operation on pelvic region of trunk (SCT 609638001)."""

Prostatectomy: Final[Code] = Code("SCT", "90470006", "Prostatectomy", (6320, 6323))
"""Prostatectomy (SCT 90470006)."""

Cryoablation: Final[Code] = Code("NCIt", "C15215", "Cryoablation", (6320,))
"""Cryoablation (NCIt C15215)."""

IrreversibleElectroporation: Final[Code] = Code(
    "NCIt", "C131483", "Irreversible electroporation", (6320,)
)
"""Irreversible electroporation (NCIt C131483)."""

FocusedUltrasoundAblation: Final[Code] = Code(
    "NCIt", "C68681", "Focused ultrasound ablation", (6320,)
)
"""Focused ultrasound ablation (NCIt C68681)."""

MEMBERS: Final[tuple[Code, ...]] = (
    OperationOnPelvicRegionOfTrunk,
    Prostatectomy,
    Cryoablation,
    IrreversibleElectroporation,
    FocusedUltrasoundAblation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
