"""CID 6003 Change Since Last Mammogram or Prior Surgery from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.333.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6003
NAME: Final[str] = "Change Since Last Mammogram or Prior Surgery from BI-RADS®"
KEYWORD: Final[str | None] = "ChangeSinceLastMammogramOrPriorSurgeryFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.333"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NewFinding: Final[Code] = Code("SCT", "129721008", "New finding", (6003,))
"""New finding (SCT 129721008)."""

FindingPartiallyRemoved: Final[Code] = Code(
    "SCT", "129722001", "Finding partially removed", (6003, 6134)
)
"""Finding partially removed (SCT 129722001)."""

NoSignificantChangesInTheFinding: Final[Code] = Code(
    "SCT", "129723006", "No significant changes in the finding", (6003, 6134)
)
"""No significant changes in the finding (SCT 129723006)."""

IncreaseInSize: Final[Code] = Code("SCT", "15454001", "Increase in size", (6003, 6134))
"""Increase in size (SCT 15454001)."""

DecreaseInSize: Final[Code] = Code("SCT", "19776001", "Decrease in size", (6003, 6134))
"""Decrease in size (SCT 19776001)."""

IncreaseInNumberOfCalcifications: Final[Code] = Code(
    "SCT", "129726003", "Increase in number of calcifications", (6003,)
)
"""Increase in number of calcifications (SCT 129726003)."""

DecreaseInNumberOfCalcifications: Final[Code] = Code(
    "SCT", "129727007", "Decrease in number of calcifications", (6003,)
)
"""Decrease in number of calcifications (SCT 129727007)."""

LessDefined: Final[Code] = Code("SCT", "129728002", "Less defined", (6003, 6134))
"""Less defined (SCT 129728002)."""

MoreDefined: Final[Code] = Code("SCT", "129729005", "More defined", (6003, 6134))
"""More defined (SCT 129729005)."""

RemovalOfImplantSincePreviousMammogram: Final[Code] = Code(
    "SCT", "129730000", "Removal of implant since previous mammogram", (6003,)
)
"""Removal of implant since previous mammogram (SCT 129730000)."""

ImplantRevisedSincePreviousMammogram: Final[Code] = Code(
    "SCT", "129731001", "Implant revised since previous mammogram", (6003,)
)
"""Implant revised since previous mammogram (SCT 129731001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NewFinding,
    FindingPartiallyRemoved,
    NoSignificantChangesInTheFinding,
    IncreaseInSize,
    DecreaseInSize,
    IncreaseInNumberOfCalcifications,
    DecreaseInNumberOfCalcifications,
    LessDefined,
    MoreDefined,
    RemovalOfImplantSincePreviousMammogram,
    ImplantRevisedSincePreviousMammogram,
)
"""The resolved membership: own members, then those of the included groups, in order."""
