"""CID 3764 Myocardial Infarction Therapy.

Extensible, version 20070827, UID 1.2.840.10008.6.1.257.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3764
NAME: _Final[str] = "Myocardial Infarction Therapy"
KEYWORD: _Final[str | None] = "MyocardialInfarctionTherapy"
UID: _Final[str | None] = "1.2.840.10008.6.1.257"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "415070008", "Percutaneous coronary intervention", (3721, 3764)
)
"""Percutaneous coronary intervention (SCT 415070008)."""

InsertionOfCoronaryArteryStent: _Final[_Code] = _Code(
    "SCT", "36969009", "Insertion of coronary artery stent", (3764,)
)
"""Insertion of coronary artery stent (SCT 36969009)."""

CoronaryArteryBypassGraft: _Final[_Code] = _Code(
    "SCT", "232717009", "Coronary artery bypass graft", (3721, 3764)
)
"""Coronary artery bypass graft (SCT 232717009)."""

ThrombolyticTherapy: _Final[_Code] = _Code("SCT", "426347000", "Thrombolytic therapy", (3764,))
"""Thrombolytic therapy (SCT 426347000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PercutaneousCoronaryIntervention,
    InsertionOfCoronaryArteryStent,
    CoronaryArteryBypassGraft,
    ThrombolyticTherapy,
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
