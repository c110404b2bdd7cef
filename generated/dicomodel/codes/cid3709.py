"""CID 3709 Aortic Root Description.

Extensible, version 20030327, UID 1.2.840.10008.6.1.210.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3709
NAME: _Final[str] = "Aortic Root Description"
KEYWORD: _Final[str | None] = "AorticRootDescription"
UID: _Final[str | None] = "1.2.840.10008.6.1.210"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalAorticRoot: _Final[_Code] = _Code("SCT", "373132007", "Normal Aortic Root", (3709,))
"""Normal Aortic Root (SCT 373132007)."""

EnlargedAorticRoot: _Final[_Code] = _Code("SCT", "373133002", "Enlarged Aortic Root", (3709,))
"""Enlarged Aortic Root (SCT 373133002)."""

AneurysmOfAorticRoot: _Final[_Code] = _Code("SCT", "373134008", "Aneurysm of Aortic Root", (3709,))
"""Aneurysm of Aortic Root (SCT 373134008)."""

AnnularAbscessOfAorticRoot: _Final[_Code] = _Code(
    "SCT", "373135009", "Annular Abscess of Aortic Root", (3709,)
)
"""Annular Abscess of Aortic Root (SCT 373135009)."""

PostStenoticDilation: _Final[_Code] = _Code("SCT", "371872009", "Post Stenotic Dilation", (3709,))
"""Post Stenotic Dilation (SCT 371872009)."""

RupturedSinusOfValsalva: _Final[_Code] = _Code(
    "SCT", "21379009", "Ruptured Sinus of Valsalva", (3709,)
)
"""Ruptured Sinus of Valsalva (SCT 21379009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NormalAorticRoot,
    EnlargedAorticRoot,
    AneurysmOfAorticRoot,
    AnnularAbscessOfAorticRoot,
    PostStenoticDilation,
    RupturedSinusOfValsalva,
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
