"""CID 6323 Prostate Cancer Therapy.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1380.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6323
NAME: _Final[str] = "Prostate Cancer Therapy"
KEYWORD: _Final[str | None] = "ProstateCancerTherapy"
UID: _Final[str | None] = "1.2.840.10008.6.1.1380"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AndrogenDeprivationTherapy: _Final[_Code] = _Code(
    "SCT", "707266006", "Androgen Deprivation Therapy", (6323,)
)
"""Androgen Deprivation Therapy (SCT 707266006)."""

ImplantationOfRadioactiveSeedIntoProstate: _Final[_Code] = _Code(
    "SCT", "425767004", "Implantation of radioactive seed into prostate", (6323,)
)
"""Implantation of radioactive seed into prostate (SCT 425767004)."""

Prostatectomy: _Final[_Code] = _Code("SCT", "90470006", "Prostatectomy", (6320, 6323))
"""Prostatectomy (SCT 90470006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AndrogenDeprivationTherapy,
    ImplantationOfRadioactiveSeedIntoProstate,
    Prostatectomy,
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
