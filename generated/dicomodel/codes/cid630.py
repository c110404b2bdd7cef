"""CID 630 Local Anesthetics for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1095.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 630
NAME: _Final[str] = "Local Anesthetics for Small Animal Anesthesia"
KEYWORD: _Final[str | None] = "LocalAnestheticsForSmallAnimalAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1095"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Bupivacaine: _Final[_Code] = _Code("SCT", "387150008", "Bupivacaine", (630,))
"""Bupivacaine (SCT 387150008)."""

LidocainePrilocaine: _Final[_Code] = _Code("SCT", "346553009", "Lidocaine + Prilocaine", (630,))
"""Lidocaine + Prilocaine (SCT 346553009)."""

Lidocaine: _Final[_Code] = _Code("SCT", "387480006", "Lidocaine", (630,))
"""Lidocaine (SCT 387480006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Bupivacaine, LidocainePrilocaine, Lidocaine)
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
