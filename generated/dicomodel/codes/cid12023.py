"""CID 12023 Pelvis and Uterus Anatomic Site.

Extensible, version 20141110, UID 1.2.840.10008.6.1.1008.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12023
NAME: Final[str] = "Pelvis and Uterus Anatomic Site"
KEYWORD: Final[str | None] = "PelvisAndUterusAnatomicSite"
UID: Final[str | None] = "1.2.840.10008.6.1.1008"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Cervix: Final[Code] = Code("SCT", "71252005", "Cervix", (645, 4040, 6204, 7160, 12023))
"""Cervix (SCT 71252005)."""

Endometrium: Final[Code] = Code("SCT", "2739003", "Endometrium", (12023,))
"""Endometrium (SCT 2739003)."""

Uterus: Final[Code] = Code("SCT", "35039007", "Uterus", (645, 4030, 6204, 7160, 10044, 12023))
"""Uterus (SCT 35039007)."""

MEMBERS: Final[tuple[Code, ...]] = (Cervix, Endometrium, Uterus)
"""The resolved membership: own members, then those of the included groups, in order."""
