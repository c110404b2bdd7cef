"""CID 3716 Severity.

Extensible, version 20070827, UID 1.2.840.10008.6.1.217.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3716
NAME: _Final[str] = "Severity"
KEYWORD: _Final[str | None] = "Severity"
UID: _Final[str | None] = "1.2.840.10008.6.1.217"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

None_: _Final[_Code] = _Code("SCT", "260413007", "None", (606, 3707, 3716, 4253))
"""None (SCT 260413007)."""

Mild: _Final[_Code] = _Code("SCT", "255604002", "Mild", (3716, 3832, 6130))
"""Mild (SCT 255604002)."""

MildToModerate: _Final[_Code] = _Code("SCT", "371923003", "Mild to Moderate", (3716,))
"""Mild to Moderate (SCT 371923003)."""

Moderate: _Final[_Code] = _Code("SCT", "6736007", "Moderate", (3716, 3832, 6130))
"""Moderate (SCT 6736007)."""

ModerateToSevere: _Final[_Code] = _Code("SCT", "371924009", "Moderate to Severe", (3716,))
"""Moderate to Severe (SCT 371924009)."""

Severe: _Final[_Code] = _Code("SCT", "24484000", "Severe", (3716, 3832, 6130))
"""Severe (SCT 24484000)."""

Fatal: _Final[_Code] = _Code("SCT", "399166001", "Fatal", (3716,))
"""Fatal (SCT 399166001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    None_,
    Mild,
    MildToModerate,
    Moderate,
    ModerateToSevere,
    Severe,
    Fatal,
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
