"""CID 12004 Fetal Biometry Ratio.

Extensible, version 20030130, UID 1.2.840.10008.6.1.553.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12004
NAME: _Final[str] = "Fetal Biometry Ratio"
KEYWORD: _Final[str | None] = "FetalBiometryRatio"
UID: _Final[str | None] = "1.2.840.10008.6.1.553"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030130"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HCAC: _Final[_Code] = _Code("LN", "11947-9", "HC/AC", (12004,))
"""HC/AC (LN 11947-9)."""

FLAC: _Final[_Code] = _Code("LN", "11871-1", "FL/AC", (12004,))
"""FL/AC (LN 11871-1)."""

FLBPD: _Final[_Code] = _Code("LN", "11872-9", "FL/BPD", (12004,))
"""FL/BPD (LN 11872-9)."""

CephalicIndex: _Final[_Code] = _Code("LN", "11823-2", "Cephalic Index", (12004,))
"""Cephalic Index (LN 11823-2)."""

FLHC: _Final[_Code] = _Code("LN", "11873-7", "FL/HC", (12004,))
"""FL/HC (LN 11873-7)."""

MEMBERS: _Final[tuple[_Code, ...]] = (HCAC, FLAC, FLBPD, CephalicIndex, FLHC)
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
