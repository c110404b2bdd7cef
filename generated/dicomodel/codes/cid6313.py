"""CID 6313 History of Prostate Disease.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1370.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6313
NAME: _Final[str] = "History of Prostate Disease"
KEYWORD: _Final[str | None] = "HistoryOfProstateDisease"
UID: _Final[str | None] = "1.2.840.10008.6.1.1370"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Prostatitis: _Final[_Code] = _Code("SCT", "9713002", "Prostatitis", (6313, 6338))
"""Prostatitis (SCT 9713002)."""

ProstateCancer: _Final[_Code] = _Code("SCT", "254900004", "Prostate cancer", (6313,))
"""Prostate cancer (SCT 254900004)."""

BenignProstateHyperplasia: _Final[_Code] = _Code(
    "SCT", "444808002", "Benign Prostate Hyperplasia", (6313, 6338)
)
"""Benign Prostate Hyperplasia (SCT 444808002)."""

UtricleCyst: _Final[_Code] = _Code("DCM", "130569", "Utricle cyst", (6313,))
"""Utricle cyst (DCM 130569)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Prostatitis,
    ProstateCancer,
    BenignProstateHyperplasia,
    UtricleCyst,
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
