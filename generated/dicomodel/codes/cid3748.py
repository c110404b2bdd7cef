"""CID 3748 Angiographic EF Testing Method.

Extensible, version 20030327, UID 1.2.840.10008.6.1.245.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3748
NAME: Final[str] = "Angiographic EF Testing Method"
KEYWORD: Final[str | None] = "AngiographicEFTestingMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.245"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SinglePlaneAngiography: Final[Code] = Code("DCM", "122059", "Single plane Angiography", (3748,))
"""Single plane Angiography (DCM 122059)."""

BiPlaneAngiography: Final[Code] = Code("DCM", "122060", "Bi-plane Angiography", (3748,))
"""Bi-plane Angiography (DCM 122060)."""

MEMBERS: Final[tuple[Code, ...]] = (SinglePlaneAngiography, BiPlaneAngiography)
"""The resolved membership: own members, then those of the included groups, in order."""
