"""CID 3744 EF Testing Method.

Extensible, version 20160314, UID 1.2.840.10008.6.1.241.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3744
NAME: Final[str] = "EF Testing Method"
KEYWORD: Final[str | None] = "EFTestingMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.241"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CardiacVentriculography: Final[Code] = Code(
    "SCT", "252426003", "Cardiac ventriculography", (3428, 3744)
)
"""Cardiac ventriculography (SCT 252426003)."""

RadionuclideVentriculography: Final[Code] = Code(
    "SCT", "85606007", "Radionuclide ventriculography", (3744,)
)
"""Radionuclide ventriculography (SCT 85606007)."""

Echocardiography: Final[Code] = Code(
    "SCT", "40701008", "Echocardiography", (3206, 3744, 3757, 12001)
)
"""Echocardiography (SCT 40701008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CardiacVentriculography,
    RadionuclideVentriculography,
    Echocardiography,
)
"""The resolved membership: own members, then those of the included groups, in order."""
