"""CID 629 Carrier Gases for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1094.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 629
NAME: _Final[str] = "Carrier Gases for Small Animal Anesthesia"
KEYWORD: _Final[str | None] = "CarrierGasesForSmallAnimalAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1094"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OxygenGas: _Final[_Code] = _Code("SCT", "320917000", "Oxygen gas", (629,))
"""Oxygen gas (SCT 320917000)."""

MedicalAir: _Final[_Code] = _Code("SCT", "417696007", "Medical air", (629,))
"""Medical air (SCT 417696007)."""

RoomAir: _Final[_Code] = _Code("UMLS", "C3846005", "Room air", (629,))
"""Room air (UMLS C3846005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (OxygenGas, MedicalAir, RoomAir)
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
