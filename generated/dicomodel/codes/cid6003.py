"""CID 6003 Change Since Last Mammogram or Prior Surgery from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.333.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6003
NAME: _Final[str] = "Change Since Last Mammogram or Prior Surgery from BI-RADS®"
KEYWORD: _Final[str | None] = "ChangeSinceLastMammogramOrPriorSurgeryFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.333"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NewFinding: _Final[_Code] = _Code("SCT", "129721008", "New finding", (6003,))
"""New finding (SCT 129721008)."""

FindingPartiallyRemoved: _Final[_Code] = _Code(
    "SCT", "129722001", "Finding partially removed", (6003, 6134)
)
"""Finding partially removed (SCT 129722001)."""

NoSignificantChangesInTheFinding: _Final[_Code] = _Code(
    "SCT", "129723006", "No significant changes in the finding", (6003, 6134)
)
"""No significant changes in the finding (SCT 129723006)."""

IncreaseInSize: _Final[_Code] = _Code("SCT", "15454001", "Increase in size", (6003, 6134))
"""Increase in size (SCT 15454001)."""

DecreaseInSize: _Final[_Code] = _Code("SCT", "19776001", "Decrease in size", (6003, 6134))
"""Decrease in size (SCT 19776001)."""

IncreaseInNumberOfCalcifications: _Final[_Code] = _Code(
    "SCT", "129726003", "Increase in number of calcifications", (6003,)
)
"""Increase in number of calcifications (SCT 129726003)."""

DecreaseInNumberOfCalcifications: _Final[_Code] = _Code(
    "SCT", "129727007", "Decrease in number of calcifications", (6003,)
)
"""Decrease in number of calcifications (SCT 129727007)."""

LessDefined: _Final[_Code] = _Code("SCT", "129728002", "Less defined", (6003, 6134))
"""Less defined (SCT 129728002)."""

MoreDefined: _Final[_Code] = _Code("SCT", "129729005", "More defined", (6003, 6134))
"""More defined (SCT 129729005)."""

RemovalOfImplantSincePreviousMammogram: _Final[_Code] = _Code(
    "SCT", "129730000", "Removal of implant since previous mammogram", (6003,)
)
"""Removal of implant since previous mammogram (SCT 129730000)."""

ImplantRevisedSincePreviousMammogram: _Final[_Code] = _Code(
    "SCT", "129731001", "Implant revised since previous mammogram", (6003,)
)
"""Implant revised since previous mammogram (SCT 129731001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
