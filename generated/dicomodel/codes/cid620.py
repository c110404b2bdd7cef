"""CID 620 Airway Management Sub-Method Code Type from Anesthesia Quality Initiative.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1085.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 620
NAME: Final[str] = "Airway Management Sub-Method Code Type from Anesthesia Quality Initiative"
KEYWORD: Final[str | None] = "AirwayManagementSubMethodCodeTypeFromAnesthesiaQualityInitiative"
UID: Final[str | None] = "1.2.840.10008.6.1.1085"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

InverseRatioVentilation: Final[Code] = Code("UMLS", "C2223982", "Inverse ratio ventilation", (620,))
"""Inverse ratio ventilation (UMLS C2223982)."""

HighFrequencyVentilation: Final[Code] = Code(
    "SCT", "243154003", "High frequency ventilation", (620,)
)
"""High frequency ventilation (SCT 243154003)."""

TranstrachealJetVentilation: Final[Code] = Code(
    "SCT", "448442005", "Transtracheal jet ventilation", (620,)
)
"""Transtracheal jet ventilation (SCT 448442005)."""

ContinuousFlowApneicVentilation: Final[Code] = Code(
    "SCT", "1260411001", "Continuous flow apneic ventilation", (620,)
)
"""Continuous flow apneic ventilation (SCT 1260411001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    InverseRatioVentilation,
    HighFrequencyVentilation,
    TranstrachealJetVentilation,
    ContinuousFlowApneicVentilation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
