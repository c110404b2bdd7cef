"""CID 12106 Intracranial Cerebral Vessel (Unilateral).

Extensible, version 20030327, UID 1.2.840.10008.6.1.573.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12106
NAME: Final[str] = "Intracranial Cerebral Vessel (Unilateral)"
KEYWORD: Final[str | None] = "IntracranialCerebralVesselUnilateral"
UID: Final[str | None] = "1.2.840.10008.6.1.573"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BasilarArtery: Final[Code] = Code("SCT", "59011009", "Basilar Artery", (3010, 3606, 12106))
"""Basilar Artery (SCT 59011009)."""

MEMBERS: Final[tuple[Code, ...]] = (BasilarArtery,)
"""The resolved membership: own members, then those of the included groups, in order."""
