"""CID 6002 Change Since Last Mammogram or Prior Surgery.

Extensible, version 20020904, UID 1.2.840.10008.6.1.332.
Includes CID 6003.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6002
NAME: _Final[str] = "Change Since Last Mammogram or Prior Surgery"
KEYWORD: _Final[str | None] = "ChangeSinceLastMammogramOrPriorSurgery"
UID: _Final[str | None] = "1.2.840.10008.6.1.332"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = (6003,)
EXTERNAL_SCHEME: _Final[str | None] = None

NewFinding: _Final[_Code] = _Code("SCT", "129721008", "New finding", (6003,))
"""New finding (SCT 129721008). Included from CID 6003."""

FindingPartiallyRemoved: _Final[_Code] = _Code(
    "SCT", "129722001", "Finding partially removed", (6003, 6134)
)
"""Finding partially removed (SCT 129722001). Included from CID 6003."""

NoSignificantChangesInTheFinding: _Final[_Code] = _Code(
    "SCT", "129723006", "No significant changes in the finding", (6003, 6134)
)
"""No significant changes in the finding (SCT 129723006). Included from CID 6003."""

IncreaseInSize: _Final[_Code] = _Code("SCT", "15454001", "Increase in size", (6003, 6134))
"""Increase in size (SCT 15454001). Included from CID 6003."""

DecreaseInSize: _Final[_Code] = _Code("SCT", "19776001", "Decrease in size", (6003, 6134))
"""Decrease in size (SCT 19776001). Included from CID 6003."""

IncreaseInNumberOfCalcifications: _Final[_Code] = _Code(
    "SCT", "129726003", "Increase in number of calcifications", (6003,)
)
"""Increase in number of calcifications (SCT 129726003). Included from CID 6003."""

DecreaseInNumberOfCalcifications: _Final[_Code] = _Code(
    "SCT", "129727007", "Decrease in number of calcifications", (6003,)
)
"""Decrease in number of calcifications (SCT 129727007). Included from CID 6003."""

LessDefined: _Final[_Code] = _Code("SCT", "129728002", "Less defined", (6003, 6134))
"""Less defined (SCT 129728002). Included from CID 6003."""

MoreDefined: _Final[_Code] = _Code("SCT", "129729005", "More defined", (6003, 6134))
"""More defined (SCT 129729005). Included from CID 6003."""

RemovalOfImplantSincePreviousMammogram: _Final[_Code] = _Code(
    "SCT", "129730000", "Removal of implant since previous mammogram", (6003,)
)
"""Removal of implant since previous mammogram (SCT 129730000). Included from CID 6003."""

ImplantRevisedSincePreviousMammogram: _Final[_Code] = _Code(
    "SCT", "129731001", "Implant revised since previous mammogram", (6003,)
)
"""Implant revised since previous mammogram (SCT 129731001). Included from CID 6003."""

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
