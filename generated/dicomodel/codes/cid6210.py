"""CID 6210 Location in Intestinal Tract.

Extensible, version 20090402, UID 1.2.840.10008.6.1.797.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6210
NAME: _Final[str] = "Location in Intestinal Tract"
KEYWORD: _Final[str | None] = "LocationInIntestinalTract"
UID: _Final[str | None] = "1.2.840.10008.6.1.797"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Rectum: _Final[_Code] = _Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009)."""

SigmoidColon: _Final[_Code] = _Code("SCT", "60184004", "Sigmoid colon", (4040, 6210))
"""Sigmoid colon (SCT 60184004)."""

DescendingColon: _Final[_Code] = _Code("SCT", "32622004", "Descending colon", (6210,))
"""Descending colon (SCT 32622004)."""

TransverseColon: _Final[_Code] = _Code("SCT", "485005", "Transverse colon", (6210,))
"""Transverse colon (SCT 485005)."""

AscendingColon: _Final[_Code] = _Code("SCT", "9040008", "Ascending colon", (6210,))
"""Ascending colon (SCT 9040008)."""

Cecum: _Final[_Code] = _Code("SCT", "32713005", "Cecum", (6210,))
"""Cecum (SCT 32713005)."""

SplenicFlexureOfColon: _Final[_Code] = _Code("SCT", "72592005", "Splenic flexure of colon", (6210,))
"""Splenic flexure of colon (SCT 72592005)."""

HepaticFlexureOfColon: _Final[_Code] = _Code("SCT", "48338005", "Hepatic flexure of colon", (6210,))
"""Hepatic flexure of colon (SCT 48338005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Rectum,
    SigmoidColon,
    DescendingColon,
    TransverseColon,
    AscendingColon,
    Cecum,
    SplenicFlexureOfColon,
    HepaticFlexureOfColon,
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
