"""CID 6080 Gynecological Hormone.

Extensible, version 20050822, UID 1.2.840.10008.6.1.402.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6080
NAME: _Final[str] = "Gynecological Hormone"
KEYWORD: _Final[str | None] = "GynecologicalHormone"
UID: _Final[str | None] = "1.2.840.10008.6.1.402"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Contraceptives: _Final[_Code] = _Code("SCT", "108899006", "Contraceptives", (6080,))
"""Contraceptives (SCT 108899006)."""

EstrogenProduct: _Final[_Code] = _Code("SCT", "61946003", "Estrogen product", (6080,))
"""Estrogen product (SCT 61946003)."""

ProgesteroneProduct: _Final[_Code] = _Code("SCT", "50318003", "Progesterone product", (6080,))
"""Progesterone product (SCT 50318003)."""

Tamoxifen: _Final[_Code] = _Code("SCT", "75959001", "Tamoxifen", (6080,))
"""Tamoxifen (SCT 75959001)."""

UnspecifiedGynecologicalHormone: _Final[_Code] = _Code(
    "DCM", "111542", "Unspecified gynecological hormone", (6080,)
)
"""Unspecified gynecological hormone (DCM 111542)."""

Raloxifene: _Final[_Code] = _Code("SCT", "109029006", "Raloxifene", (6080,))
"""Raloxifene (SCT 109029006)."""

Anastrozole: _Final[_Code] = _Code("SCT", "386910003", "Anastrozole", (6080,))
"""Anastrozole (SCT 386910003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Contraceptives,
    EstrogenProduct,
    ProgesteroneProduct,
    Tamoxifen,
    UnspecifiedGynecologicalHormone,
    Raloxifene,
    Anastrozole,
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
