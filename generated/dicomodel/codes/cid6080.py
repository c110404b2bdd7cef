"""CID 6080 Gynecological Hormone.

Extensible, version 20050822, UID 1.2.840.10008.6.1.402.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6080
NAME: Final[str] = "Gynecological Hormone"
KEYWORD: Final[str | None] = "GynecologicalHormone"
UID: Final[str | None] = "1.2.840.10008.6.1.402"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Contraceptives: Final[Code] = Code("SCT", "108899006", "Contraceptives", (6080,))
"""Contraceptives (SCT 108899006)."""

EstrogenProduct: Final[Code] = Code("SCT", "61946003", "Estrogen product", (6080,))
"""Estrogen product (SCT 61946003)."""

ProgesteroneProduct: Final[Code] = Code("SCT", "50318003", "Progesterone product", (6080,))
"""Progesterone product (SCT 50318003)."""

Tamoxifen: Final[Code] = Code("SCT", "75959001", "Tamoxifen", (6080,))
"""Tamoxifen (SCT 75959001)."""

UnspecifiedGynecologicalHormone: Final[Code] = Code(
    "DCM", "111542", "Unspecified gynecological hormone", (6080,)
)
"""Unspecified gynecological hormone (DCM 111542)."""

Raloxifene: Final[Code] = Code("SCT", "109029006", "Raloxifene", (6080,))
"""Raloxifene (SCT 109029006)."""

Anastrozole: Final[Code] = Code("SCT", "386910003", "Anastrozole", (6080,))
"""Anastrozole (SCT 386910003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Contraceptives,
    EstrogenProduct,
    ProgesteroneProduct,
    Tamoxifen,
    UnspecifiedGynecologicalHormone,
    Raloxifene,
    Anastrozole,
)
"""The resolved membership: own members, then those of the included groups, in order."""
