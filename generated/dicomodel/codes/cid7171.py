"""CID 7171 Liver Segmentation Type.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1359.
Includes CID 7170.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7171
NAME: _Final[str] = "Liver Segmentation Type"
KEYWORD: _Final[str | None] = "LiverSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1359"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210120"
INCLUDES: _Final[tuple[int, ...]] = (7170,)
EXTERNAL_SCHEME: _Final[str | None] = None

CouinaudHepaticSegmentI: _Final[_Code] = _Code(
    "SCT", "71133005", "Couinaud hepatic segment I", (7170,)
)
"""Couinaud hepatic segment I (SCT 71133005). Included from CID 7170."""

CouinaudHepaticSegmentII: _Final[_Code] = _Code(
    "SCT", "277956007", "Couinaud hepatic segment II", (7170,)
)
"""Couinaud hepatic segment II (SCT 277956007). Included from CID 7170."""

CouinaudHepaticSegmentIII: _Final[_Code] = _Code(
    "SCT", "277957003", "Couinaud hepatic segment III", (7170,)
)
"""Couinaud hepatic segment III (SCT 277957003). Included from CID 7170."""

CouinaudHepaticSegmentIV: _Final[_Code] = _Code(
    "SCT", "277958008", "Couinaud hepatic segment IV", (7170,)
)
"""Couinaud hepatic segment IV (SCT 277958008). Included from CID 7170."""

CouinaudHepaticSegmentV: _Final[_Code] = _Code(
    "SCT", "277959000", "Couinaud hepatic segment V", (7170,)
)
"""Couinaud hepatic segment V (SCT 277959000). Included from CID 7170."""

CouinaudHepaticSegmentVI: _Final[_Code] = _Code(
    "SCT", "277960005", "Couinaud hepatic segment VI", (7170,)
)
"""Couinaud hepatic segment VI (SCT 277960005). Included from CID 7170."""

CouinaudHepaticSegmentVII: _Final[_Code] = _Code(
    "SCT", "277961009", "Couinaud hepatic segment VII", (7170,)
)
"""Couinaud hepatic segment VII (SCT 277961009). Included from CID 7170."""

CouinaudHepaticSegmentVIII: _Final[_Code] = _Code(
    "SCT", "277962002", "Couinaud hepatic segment VIII", (7170,)
)
"""Couinaud hepatic segment VIII (SCT 277962002). Included from CID 7170."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CouinaudHepaticSegmentI,
    CouinaudHepaticSegmentII,
    CouinaudHepaticSegmentIII,
    CouinaudHepaticSegmentIV,
    CouinaudHepaticSegmentV,
    CouinaudHepaticSegmentVI,
    CouinaudHepaticSegmentVII,
    CouinaudHepaticSegmentVIII,
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
