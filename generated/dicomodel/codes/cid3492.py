"""CID 3492 Vascular Dissection Classification.

Extensible, version 20180325, UID 1.2.840.10008.6.1.126.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3492
NAME: _Final[str] = "Vascular Dissection Classification"
KEYWORD: _Final[str | None] = "VascularDissectionClassification"
UID: _Final[str | None] = "1.2.840.10008.6.1.126"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180325"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MedialDissection: _Final[_Code] = _Code("DCM", "122399", "Medial Dissection", (3492,))
"""Medial Dissection (DCM 122399)."""

IntimalDissection: _Final[_Code] = _Code("DCM", "122398", "Intimal Dissection", (3492,))
"""Intimal Dissection (DCM 122398)."""

AdventitialDissection: _Final[_Code] = _Code("DCM", "122397", "Adventitial Dissection", (3492,))
"""Adventitial Dissection (DCM 122397)."""

IntramuralHematoma: _Final[_Code] = _Code("SCT", "54493002", "Intramural hematoma", (3492,))
"""Intramural hematoma (SCT 54493002)."""

IntraStentDissection: _Final[_Code] = _Code("DCM", "122388", "Intra-stent Dissection", (3492,))
"""Intra-stent Dissection (DCM 122388)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MedialDissection,
    IntimalDissection,
    AdventitialDissection,
    IntramuralHematoma,
    IntraStentDissection,
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
