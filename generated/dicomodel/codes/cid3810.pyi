"""CID 3810 Vascular Morphology.

Extensible, version 20220922, UID 1.2.840.10008.6.1.271.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3810Code]]
