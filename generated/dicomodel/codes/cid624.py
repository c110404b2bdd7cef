"""CID 624 Inhalational Anesthesia Agent for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1089.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 624
NAME: _Final[str] = "Inhalational Anesthesia Agent for Small Animal Anesthesia"
KEYWORD: _Final[str | None] = "InhalationalAnesthesiaAgentForSmallAnimalAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1089"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CarbonDioxide: _Final[_Code] = _Code("SCT", "31811003", "Carbon dioxide", (12, 13, 624))
"""Carbon dioxide (SCT 31811003)."""

Chloroform: _Final[_Code] = _Code("SCT", "259153006", "Chloroform", (624, 8114))
"""Chloroform (SCT 259153006)."""

Desflurane: _Final[_Code] = _Code("SCT", "386841003", "Desflurane", (624,))
"""Desflurane (SCT 386841003)."""

DiethylEther: _Final[_Code] = _Code("SCT", "259170003", "Diethyl ether", (624,))
"""Diethyl ether (SCT 259170003)."""

Enflurane: _Final[_Code] = _Code("SCT", "387176008", "Enflurane", (624,))
"""Enflurane (SCT 387176008)."""

Halothane: _Final[_Code] = _Code("SCT", "387351001", "Halothane", (624,))
"""Halothane (SCT 387351001)."""

Isoflurane: _Final[_Code] = _Code("SCT", "387368002", "Isoflurane", (624,))
"""Isoflurane (SCT 387368002)."""

Methoxyflurane: _Final[_Code] = _Code("SCT", "11136004", "Methoxyflurane", (624,))
"""Methoxyflurane (SCT 11136004)."""

NitrousOxide: _Final[_Code] = _Code("SCT", "111132001", "Nitrous oxide", (624,))
"""Nitrous oxide (SCT 111132001)."""

Sevoflurane: _Final[_Code] = _Code("SCT", "386842005", "Sevoflurane", (624,))
"""Sevoflurane (SCT 386842005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CarbonDioxide,
    Chloroform,
    Desflurane,
    DiethylEther,
    Enflurane,
    Halothane,
    Isoflurane,
    Methoxyflurane,
    NitrousOxide,
    Sevoflurane,
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
