"""CID 630 Local Anesthetics for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1095.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 630
NAME: Final[str] = "Local Anesthetics for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "LocalAnestheticsForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1095"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Bupivacaine: Final[Code] = Code("SCT", "387150008", "Bupivacaine", (630,))
"""Bupivacaine (SCT 387150008)."""

LidocainePrilocaine: Final[Code] = Code("SCT", "346553009", "Lidocaine + Prilocaine", (630,))
"""Lidocaine + Prilocaine (SCT 346553009)."""

Lidocaine: Final[Code] = Code("SCT", "387480006", "Lidocaine", (630,))
"""Lidocaine (SCT 387480006)."""

MEMBERS: Final[tuple[Code, ...]] = (Bupivacaine, LidocainePrilocaine, Lidocaine)
"""The resolved membership: own members, then those of the included groups, in order."""
