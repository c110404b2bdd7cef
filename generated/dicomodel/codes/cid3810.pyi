"""CID 3810 Vascular Morphology.

Extensible, version 20220922, UID 1.2.840.10008.6.1.271.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Plaque: _Final[_groups.Cid3810Code]
Stenosis: _Final[_groups.Cid3810Code]
Aneurysm: _Final[_groups.Cid3810Code]
ArterialDissection: _Final[_groups.Cid3810Code]
Stent: _Final[_groups.Cid3810Code]
Occlusion: _Final[_groups.Cid3810Code]
ArteriovenousFistula: _Final[_groups.Cid3810Code]
Angioma: _Final[_groups.Cid3810Code]
Dilatation: _Final[_groups.Cid3810Code]
VascularCoiling: _Final[_groups.Cid3810Code]
Tortuosity: _Final[_groups.Cid3810Code]
Diverticulum: _Final[_groups.Cid3810Code]
VascularSclerosis: _Final[_groups.Cid3810Code]
Thrombus: _Final[_groups.Cid3810Code]
Pseudoaneurysm: _Final[_groups.Cid3810Code]
Embolism: _Final[_groups.Cid3810Code]
FibromuscularDysplasia: _Final[_groups.Cid3810Code]
MEMBERS: _Final[tuple[_groups.Cid3810Code, ...]]
