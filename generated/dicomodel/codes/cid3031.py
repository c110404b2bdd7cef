"""CID 3031 Lead Location Near or in Muscle.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1329.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3031
NAME: _Final[str] = "Lead Location Near or in Muscle"
KEYWORD: _Final[str | None] = "LeadLocationNearOrInMuscle"
UID: _Final[str | None] = "1.2.840.10008.6.1.1329"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MusculiCapitis: _Final[_Code] = _Code("MDC", "7:252", "Musculi capitis", (3031,))
"""Musculi capitis (MDC 7:252)."""

MusculiCapitisLeft: _Final[_Code] = _Code("MDC", "7:253", "Musculi capitis, left", (3031,))
"""Musculi capitis, left (MDC 7:253)."""

MusculiCapitisRight: _Final[_Code] = _Code("MDC", "7:254", "Musculi capitis, right", (3031,))
"""Musculi capitis, right (MDC 7:254)."""

MusculiBulbi: _Final[_Code] = _Code("MDC", "7:256", "Musculi bulbi", (3031,))
"""Musculi bulbi (MDC 7:256)."""

MusculiBulbiLeft: _Final[_Code] = _Code("MDC", "7:257", "Musculi bulbi, left", (3031,))
"""Musculi bulbi, left (MDC 7:257)."""

MusculiBulbiRight: _Final[_Code] = _Code("MDC", "7:258", "Musculi bulbi, right", (3031,))
"""Musculi bulbi, right (MDC 7:258)."""

MusculusRectusSuperior: _Final[_Code] = _Code("MDC", "7:260", "Musculus rectus superior", (3031,))
"""Musculus rectus superior (MDC 7:260)."""

MusculusRectusSuperiorLeft: _Final[_Code] = _Code(
    "MDC", "7:261", "Musculus rectus superior, left", (3031,)
)
"""Musculus rectus superior, left (MDC 7:261)."""

MusculusRectusSuperiorRight: _Final[_Code] = _Code(
    "MDC", "7:262", "Musculus rectus superior, right", (3031,)
)
"""Musculus rectus superior, right (MDC 7:262)."""

MusculusRectusInferior: _Final[_Code] = _Code("MDC", "7:264", "Musculus rectus inferior", (3031,))
"""Musculus rectus inferior (MDC 7:264)."""

MusculusRectusInferiorLeft: _Final[_Code] = _Code(
    "MDC", "7:265", "Musculus rectus inferior, left", (3031,)
)
"""Musculus rectus inferior, left (MDC 7:265)."""

MusculusRectusInferiorRight: _Final[_Code] = _Code(
    "MDC", "7:266", "Musculus rectus inferior, right", (3031,)
)
"""Musculus rectus inferior, right (MDC 7:266)."""

MusculusRectusMedialis: _Final[_Code] = _Code("MDC", "7:268", "Musculus rectus medialis", (3031,))
"""Musculus rectus medialis (MDC 7:268)."""

MusculusRectusMedialisLeft: _Final[_Code] = _Code(
    "MDC", "7:269", "Musculus rectus medialis, left", (3031,)
)
"""Musculus rectus medialis, left (MDC 7:269)."""

MusculusRectusMedialisRight: _Final[_Code] = _Code(
    "MDC", "7:270", "Musculus rectus medialis, right", (3031,)
)
"""Musculus rectus medialis, right (MDC 7:270)."""

MusculusRectusLateralis: _Final[_Code] = _Code("MDC", "7:272", "Musculus rectus lateralis", (3031,))
"""Musculus rectus lateralis (MDC 7:272)."""

MusculusRectusLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:273", "Musculus rectus lateralis, left", (3031,)
)
"""Musculus rectus lateralis, left (MDC 7:273)."""

MusculusRectusLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:274", "Musculus rectus lateralis, right", (3031,)
)
"""Musculus rectus lateralis, right (MDC 7:274)."""

MusculusObliquusSuperior: _Final[_Code] = _Code(
    "MDC", "7:276", "Musculus obliquus superior", (3031,)
)
"""Musculus obliquus superior (MDC 7:276)."""

MusculusObliquusSuperiorLeft: _Final[_Code] = _Code(
    "MDC", "7:277", "Musculus obliquus superior, left", (3031,)
)
"""Musculus obliquus superior, left (MDC 7:277)."""

MusculusObliquusSuperiorRight: _Final[_Code] = _Code(
    "MDC", "7:278", "Musculus obliquus superior, right", (3031,)
)
"""Musculus obliquus superior, right (MDC 7:278)."""

MusculusObliquusInferior: _Final[_Code] = _Code(
    "MDC", "7:280", "Musculus obliquus inferior", (3031,)
)
"""Musculus obliquus inferior (MDC 7:280)."""

MusculusObliquusInferiorLeft: _Final[_Code] = _Code(
    "MDC", "7:281", "Musculus obliquus inferior, left", (3031,)
)
"""Musculus obliquus inferior, left (MDC 7:281)."""

MusculusObliquusInferiorRight: _Final[_Code] = _Code(
    "MDC", "7:282", "Musculus obliquus inferior, right", (3031,)
)
"""Musculus obliquus inferior, right (MDC 7:282)."""

MusculiFacialesEtMasticatores: _Final[_Code] = _Code(
    "MDC", "7:284", "Musculi faciales et masticatores", (3031,)
)
"""Musculi faciales et masticatores (MDC 7:284)."""

MusculiFacialesEtMasticatoresLeft: _Final[_Code] = _Code(
    "MDC", "7:285", "Musculi faciales et masticatores, left", (3031,)
)
"""Musculi faciales et masticatores, left (MDC 7:285)."""

MusculiFacialesEtMasticatoresRight: _Final[_Code] = _Code(
    "MDC", "7:286", "Musculi faciales et masticatores, right", (3031,)
)
"""Musculi faciales et masticatores, right (MDC 7:286)."""

MusculusOccipitofrontalisVenterFrontalis: _Final[_Code] = _Code(
    "MDC", "7:288", "Musculus occipitofrontalis, Venter frontalis", (3031,)
)
"""Musculus occipitofrontalis, Venter frontalis (MDC 7:288)."""

MusculusOccipitofrontalisVenterFrontalisLeft: _Final[_Code] = _Code(
    "MDC", "7:289", "Musculus occipitofrontalis, Venter frontalis, left", (3031,)
)
"""Musculus occipitofrontalis, Venter frontalis, left (MDC 7:289)."""

MusculusOccipitofrontalisVenterFrontalisRight: _Final[_Code] = _Code(
    "MDC", "7:290", "Musculus occipitofrontalis, Venter frontalis, right", (3031,)
)
"""Musculus occipitofrontalis, Venter frontalis, right (MDC 7:290)."""

MusculusOrbicularisOculi: _Final[_Code] = _Code(
    "MDC", "7:292", "Musculus orbicularis oculi", (3031,)
)
"""Musculus orbicularis oculi (MDC 7:292)."""

MusculusOrbicularisOculiLeft: _Final[_Code] = _Code(
    "MDC", "7:293", "Musculus orbicularis oculi, left", (3031,)
)
"""Musculus orbicularis oculi, left (MDC 7:293)."""

MusculusOrbicularisOculiRight: _Final[_Code] = _Code(
    "MDC", "7:294", "Musculus orbicularis oculi, right", (3031,)
)
"""Musculus orbicularis oculi, right (MDC 7:294)."""

MusculusOrbicularisOculiParsOrbitalis: _Final[_Code] = _Code(
    "MDC", "7:296", "Musculus orbicularis oculi, Pars orbitalis", (3031,)
)
"""Musculus orbicularis oculi, Pars orbitalis (MDC 7:296)."""

MusculusOrbicularisOculiParsOrbitalisLeft: _Final[_Code] = _Code(
    "MDC", "7:297", "Musculus orbicularis oculi, Pars orbitalis, left", (3031,)
)
"""Musculus orbicularis oculi, Pars orbitalis, left (MDC 7:297)."""

MusculusOrbicularisOculiParsOrbitalisRight: _Final[_Code] = _Code(
    "MDC", "7:298", "Musculus orbicularis oculi, Pars orbitalis, right", (3031,)
)
"""Musculus orbicularis oculi, Pars orbitalis, right (MDC 7:298)."""

MusculusAuricularisPosterior: _Final[_Code] = _Code(
    "MDC", "7:300", "Musculus auricularis posterior", (3031,)
)
"""Musculus auricularis posterior (MDC 7:300)."""

MusculusAuricularisPosteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:301", "Musculus auricularis posterior, left", (3031,)
)
"""Musculus auricularis posterior, left (MDC 7:301)."""

MusculusAuricularisPosteriorRight: _Final[_Code] = _Code(
    "MDC", "7:302", "Musculus auricularis posterior, right", (3031,)
)
"""Musculus auricularis posterior, right (MDC 7:302)."""

MusculusOrbicularisOris: _Final[_Code] = _Code("MDC", "7:304", "Musculus orbicularis oris", (3031,))
"""Musculus orbicularis oris (MDC 7:304)."""

MusculusOrbicularisOrisLeft: _Final[_Code] = _Code(
    "MDC", "7:305", "Musculus orbicularis oris, left", (3031,)
)
"""Musculus orbicularis oris, left (MDC 7:305)."""

MusculusOrbicularisOrisRight: _Final[_Code] = _Code(
    "MDC", "7:306", "Musculus orbicularis oris, right", (3031,)
)
"""Musculus orbicularis oris, right (MDC 7:306)."""

MusculusDepressorAnguliOris: _Final[_Code] = _Code(
    "MDC", "7:308", "Musculus depressor anguli oris", (3031,)
)
"""Musculus depressor anguli oris (MDC 7:308)."""

MusculusDepressorAnguliOrisLeft: _Final[_Code] = _Code(
    "MDC", "7:309", "Musculus depressor anguli oris, left", (3031,)
)
"""Musculus depressor anguli oris, left (MDC 7:309)."""

MusculusDepressorAnguliOrisRight: _Final[_Code] = _Code(
    "MDC", "7:310", "Musculus depressor anguli oris, right", (3031,)
)
"""Musculus depressor anguli oris, right (MDC 7:310)."""

MusculusRisorius: _Final[_Code] = _Code("MDC", "7:312", "Musculus risorius", (3031,))
"""Musculus risorius (MDC 7:312)."""

MusculusRisoriusLeft: _Final[_Code] = _Code("MDC", "7:313", "Musculus risorius, left", (3031,))
"""Musculus risorius, left (MDC 7:313)."""

MusculusRisoriusRight: _Final[_Code] = _Code("MDC", "7:314", "Musculus risorius, right", (3031,))
"""Musculus risorius, right (MDC 7:314)."""

MusculusZygomaticusMajor: _Final[_Code] = _Code(
    "MDC", "7:316", "Musculus zygomaticus major", (3031,)
)
"""Musculus zygomaticus major (MDC 7:316)."""

MusculusZygomaticusMajorLeft: _Final[_Code] = _Code(
    "MDC", "7:317", "Musculus zygomaticus major, left", (3031,)
)
"""Musculus zygomaticus major, left (MDC 7:317)."""

MusculusZygomaticusMajorRight: _Final[_Code] = _Code(
    "MDC", "7:318", "Musculus zygomaticus major, right", (3031,)
)
"""Musculus zygomaticus major, right (MDC 7:318)."""

MusculusZygomaticusMinor: _Final[_Code] = _Code(
    "MDC", "7:320", "Musculus zygomaticus minor", (3031,)
)
"""Musculus zygomaticus minor (MDC 7:320)."""

MusculusZygomaticusMinorLeft: _Final[_Code] = _Code(
    "MDC", "7:321", "Musculus zygomaticus minor, left", (3031,)
)
"""Musculus zygomaticus minor, left (MDC 7:321)."""

MusculusZygomaticusMinorRight: _Final[_Code] = _Code(
    "MDC", "7:322", "Musculus zygomaticus minor, right", (3031,)
)
"""Musculus zygomaticus minor, right (MDC 7:322)."""

MusculusLevatorLabiiSuperioris: _Final[_Code] = _Code(
    "MDC", "7:324", "Musculus levator labii superioris", (3031,)
)
"""Musculus levator labii superioris (MDC 7:324)."""

MusculusLevatorLabiiSuperiorisLeft: _Final[_Code] = _Code(
    "MDC", "7:325", "Musculus levator labii superioris, left", (3031,)
)
"""Musculus levator labii superioris, left (MDC 7:325)."""

MusculusLevatorLabiiSuperiorisRight: _Final[_Code] = _Code(
    "MDC", "7:326", "Musculus levator labii superioris, right", (3031,)
)
"""Musculus levator labii superioris, right (MDC 7:326)."""

MusculusLevatorLabiiSuperiorisAlaequeNasi: _Final[_Code] = _Code(
    "MDC", "7:328", "Musculus levator labii superioris alaeque nasi", (3031,)
)
"""Musculus levator labii superioris alaeque nasi (MDC 7:328)."""

MusculusLevatorLabiiSuperiorisAlaequeNasiLeft: _Final[_Code] = _Code(
    "MDC", "7:329", "Musculus levator labii superioris alaeque nasi, left", (3031,)
)
"""Musculus levator labii superioris alaeque nasi, left (MDC 7:329)."""

MusculusLevatorLabiiSuperiorisAlaequeNasiRight: _Final[_Code] = _Code(
    "MDC", "7:330", "Musculus levator labii superioris alaeque nasi, right", (3031,)
)
"""Musculus levator labii superioris alaeque nasi, right (MDC 7:330)."""

MusculusDepressorLabiiInferioris: _Final[_Code] = _Code(
    "MDC", "7:332", "Musculus depressor labii inferioris", (3031,)
)
"""Musculus depressor labii inferioris (MDC 7:332)."""

MusculusDepressorLabiiInferiorisLeft: _Final[_Code] = _Code(
    "MDC", "7:333", "Musculus depressor labii inferioris, left", (3031,)
)
"""Musculus depressor labii inferioris, left (MDC 7:333)."""

MusculusDepressorLabiiInferiorisRight: _Final[_Code] = _Code(
    "MDC", "7:334", "Musculus depressor labii inferioris, right", (3031,)
)
"""Musculus depressor labii inferioris, right (MDC 7:334)."""

MusculusLevatorAnguliOris: _Final[_Code] = _Code(
    "MDC", "7:336", "Musculus levator anguli oris", (3031,)
)
"""Musculus levator anguli oris (MDC 7:336)."""

MusculusLevatorAnguliOrisLeft: _Final[_Code] = _Code(
    "MDC", "7:337", "Musculus levator anguli oris, left", (3031,)
)
"""Musculus levator anguli oris, left (MDC 7:337)."""

MusculusLevatorAnguliOrisRight: _Final[_Code] = _Code(
    "MDC", "7:338", "Musculus levator anguli oris, right", (3031,)
)
"""Musculus levator anguli oris, right (MDC 7:338)."""

MusculusBuccinator: _Final[_Code] = _Code("MDC", "7:340", "Musculus buccinator", (3031,))
"""Musculus buccinator (MDC 7:340)."""

MusculusBuccinatorLeft: _Final[_Code] = _Code("MDC", "7:341", "Musculus buccinator, left", (3031,))
"""Musculus buccinator, left (MDC 7:341)."""

MusculusBuccinatorRight: _Final[_Code] = _Code(
    "MDC", "7:342", "Musculus buccinator, right", (3031,)
)
"""Musculus buccinator, right (MDC 7:342)."""

MusculusMentalis: _Final[_Code] = _Code("MDC", "7:344", "Musculus mentalis", (3031,))
"""Musculus mentalis (MDC 7:344)."""

MusculusMentalisLeft: _Final[_Code] = _Code("MDC", "7:345", "Musculus mentalis, left", (3031,))
"""Musculus mentalis, left (MDC 7:345)."""

MusculusMentalisRight: _Final[_Code] = _Code("MDC", "7:346", "Musculus mentalis, right", (3031,))
"""Musculus mentalis, right (MDC 7:346)."""

MusculusMasseter: _Final[_Code] = _Code("MDC", "7:348", "Musculus masseter", (3031,))
"""Musculus masseter (MDC 7:348)."""

MusculusMasseterLeft: _Final[_Code] = _Code("MDC", "7:349", "Musculus masseter, left", (3031,))
"""Musculus masseter, left (MDC 7:349)."""

MusculusMasseterRight: _Final[_Code] = _Code("MDC", "7:350", "Musculus masseter, right", (3031,))
"""Musculus masseter, right (MDC 7:350)."""

MusculusTemporalis: _Final[_Code] = _Code("MDC", "7:352", "Musculus temporalis", (3031,))
"""Musculus temporalis (MDC 7:352)."""

MusculusTemporalisLeft: _Final[_Code] = _Code("MDC", "7:353", "Musculus temporalis, left", (3031,))
"""Musculus temporalis, left (MDC 7:353)."""

MusculusTemporalisRight: _Final[_Code] = _Code(
    "MDC", "7:354", "Musculus temporalis, right", (3031,)
)
"""Musculus temporalis, right (MDC 7:354)."""

MusculusPterygoideus: _Final[_Code] = _Code("MDC", "7:356", "Musculus Pterygoideus", (3031,))
"""Musculus Pterygoideus (MDC 7:356)."""

MusculusPterygoideusLeft: _Final[_Code] = _Code(
    "MDC", "7:357", "Musculus Pterygoideus, left", (3031,)
)
"""Musculus Pterygoideus, left (MDC 7:357)."""

MusculusPterygoideusRight: _Final[_Code] = _Code(
    "MDC", "7:358", "Musculus Pterygoideus, right", (3031,)
)
"""Musculus Pterygoideus, right (MDC 7:358)."""

MusculusPterygoideusLateralis: _Final[_Code] = _Code(
    "MDC", "7:360", "Musculus Pterygoideus lateralis", (3031,)
)
"""Musculus Pterygoideus lateralis (MDC 7:360)."""

MusculusPterygoideusLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:361", "Musculus Pterygoideus lateralis, left", (3031,)
)
"""Musculus Pterygoideus lateralis, left (MDC 7:361)."""

MusculusPterygoideusLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:362", "Musculus Pterygoideus lateralis, right", (3031,)
)
"""Musculus Pterygoideus lateralis, right (MDC 7:362)."""

MusculusPterygoideusMedialis: _Final[_Code] = _Code(
    "MDC", "7:364", "Musculus Pterygoideus, medialis", (3031,)
)
"""Musculus Pterygoideus, medialis (MDC 7:364)."""

MusculusPterygoideusMedialisLeft: _Final[_Code] = _Code(
    "MDC", "7:365", "Musculus Pterygoideus, medialis, left", (3031,)
)
"""Musculus Pterygoideus, medialis, left (MDC 7:365)."""

MusculusPterygoideusMedialisRight: _Final[_Code] = _Code(
    "MDC", "7:366", "Musculus Pterygoideus, medialis, right", (3031,)
)
"""Musculus Pterygoideus, medialis, right (MDC 7:366)."""

MusculiLinguae: _Final[_Code] = _Code("MDC", "7:368", "Musculi linguae", (3031,))
"""Musculi linguae (MDC 7:368)."""

MusculiLinguaeLeft: _Final[_Code] = _Code("MDC", "7:369", "Musculi linguae, left", (3031,))
"""Musculi linguae, left (MDC 7:369)."""

MusculiLinguaeRight: _Final[_Code] = _Code("MDC", "7:370", "Musculi linguae, right", (3031,))
"""Musculi linguae, right (MDC 7:370)."""

MusculusGenioglossus: _Final[_Code] = _Code("MDC", "7:372", "Musculus genioglossus", (3031,))
"""Musculus genioglossus (MDC 7:372)."""

MusculusGenioglossusLeft: _Final[_Code] = _Code(
    "MDC", "7:373", "Musculus genioglossus, left", (3031,)
)
"""Musculus genioglossus, left (MDC 7:373)."""

MusculusGenioglossusRight: _Final[_Code] = _Code(
    "MDC", "7:374", "Musculus genioglossus, right", (3031,)
)
"""Musculus genioglossus, right (MDC 7:374)."""

MusculiLaringis: _Final[_Code] = _Code("MDC", "7:376", "Musculi laringis", (3031,))
"""Musculi laringis (MDC 7:376)."""

MusculiLaringisLeft: _Final[_Code] = _Code("MDC", "7:377", "Musculi laringis, left", (3031,))
"""Musculi laringis, left (MDC 7:377)."""

MusculiLaringisRight: _Final[_Code] = _Code("MDC", "7:378", "Musculi laringis, right", (3031,))
"""Musculi laringis, right (MDC 7:378)."""

MusculusCricothyroideus: _Final[_Code] = _Code("MDC", "7:380", "Musculus cricothyroideus", (3031,))
"""Musculus cricothyroideus (MDC 7:380)."""

MusculusCricothyroideusLeft: _Final[_Code] = _Code(
    "MDC", "7:381", "Musculus cricothyroideus, left", (3031,)
)
"""Musculus cricothyroideus, left (MDC 7:381)."""

MusculusCricothyroideusRight: _Final[_Code] = _Code(
    "MDC", "7:382", "Musculus cricothyroideus, right", (3031,)
)
"""Musculus cricothyroideus, right (MDC 7:382)."""

MusculusTyroartenoideus: _Final[_Code] = _Code("MDC", "7:384", "Musculus tyroartenoideus", (3031,))
"""Musculus tyroartenoideus (MDC 7:384)."""

MusculusTyroartenoideusLeft: _Final[_Code] = _Code(
    "MDC", "7:385", "Musculus tyroartenoideus, left", (3031,)
)
"""Musculus tyroartenoideus, left (MDC 7:385)."""

MusculusTyroartenoideusRight: _Final[_Code] = _Code(
    "MDC", "7:386", "Musculus tyroartenoideus, right", (3031,)
)
"""Musculus tyroartenoideus, right (MDC 7:386)."""

MusculiColli: _Final[_Code] = _Code("MDC", "7:388", "Musculi colli", (3031,))
"""Musculi colli (MDC 7:388)."""

MusculiColliLeft: _Final[_Code] = _Code("MDC", "7:389", "Musculi colli, left", (3031,))
"""Musculi colli, left (MDC 7:389)."""

MusculiColliRight: _Final[_Code] = _Code("MDC", "7:390", "Musculi colli, right", (3031,))
"""Musculi colli, right (MDC 7:390)."""

Platysma: _Final[_Code] = _Code("MDC", "7:392", "Platysma", (3031,))
"""Platysma (MDC 7:392)."""

PlatysmaLeft: _Final[_Code] = _Code("MDC", "7:393", "Platysma, left", (3031,))
"""Platysma, left (MDC 7:393)."""

PlatysmaRight: _Final[_Code] = _Code("MDC", "7:394", "Platysma, right", (3031,))
"""Platysma, right (MDC 7:394)."""

MusculusCapitisLongus: _Final[_Code] = _Code("MDC", "7:396", "Musculus capitis longus", (3031,))
"""Musculus capitis longus (MDC 7:396)."""

MusculusCapitisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:397", "Musculus capitis longus, left", (3031,)
)
"""Musculus capitis longus, left (MDC 7:397)."""

MusculusCapitisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:398", "Musculus capitis longus, right", (3031,)
)
"""Musculus capitis longus, right (MDC 7:398)."""

MusculusSternocleidomastoideus: _Final[_Code] = _Code(
    "MDC", "7:400", "Musculus Sternocleidomastoideus", (3031,)
)
"""Musculus Sternocleidomastoideus (MDC 7:400)."""

MusculusSternocleidomastoideusLeft: _Final[_Code] = _Code(
    "MDC", "7:401", "Musculus Sternocleidomastoideus, left", (3031,)
)
"""Musculus Sternocleidomastoideus, left (MDC 7:401)."""

MusculusSternocleidomastoideusRight: _Final[_Code] = _Code(
    "MDC", "7:402", "Musculus Sternocleidomastoideus, right", (3031,)
)
"""Musculus Sternocleidomastoideus, right (MDC 7:402)."""

MusculusDigastricus: _Final[_Code] = _Code("MDC", "7:404", "Musculus digastricus", (3031,))
"""Musculus digastricus (MDC 7:404)."""

MusculusDigastricusLeft: _Final[_Code] = _Code(
    "MDC", "7:405", "Musculus digastricus, left", (3031,)
)
"""Musculus digastricus, left (MDC 7:405)."""

MusculusDigastricusRight: _Final[_Code] = _Code(
    "MDC", "7:406", "Musculus digastricus, right", (3031,)
)
"""Musculus digastricus, right (MDC 7:406)."""

MusculusDigastricusVenterAnterior: _Final[_Code] = _Code(
    "MDC", "7:408", "Musculus digastricus, Venter anterior", (3031,)
)
"""Musculus digastricus, Venter anterior (MDC 7:408)."""

MusculusDigastricusVenterAnteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:409", "Musculus digastricus, Venter anterior, left", (3031,)
)
"""Musculus digastricus, Venter anterior, left (MDC 7:409)."""

MusculusDigastricusVenterAnteriorRight: _Final[_Code] = _Code(
    "MDC", "7:410", "Musculus digastricus, Venter anterior, right", (3031,)
)
"""Musculus digastricus, Venter anterior, right (MDC 7:410)."""

MusculusDigastricusVenterPosterior: _Final[_Code] = _Code(
    "MDC", "7:412", "Musculus digastricus, Venter posterior", (3031,)
)
"""Musculus digastricus, Venter posterior (MDC 7:412)."""

MusculusDigastricusVenterPosteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:413", "Musculus digastricus, Venter posterior, left", (3031,)
)
"""Musculus digastricus, Venter posterior, left (MDC 7:413)."""

MusculusDigastricusVenterPosteriorRight: _Final[_Code] = _Code(
    "MDC", "7:414", "Musculus digastricus, Venter posterior, right", (3031,)
)
"""Musculus digastricus, Venter posterior, right (MDC 7:414)."""

MusculusMylohyoideus: _Final[_Code] = _Code("MDC", "7:416", "Musculus mylohyoideus", (3031,))
"""Musculus mylohyoideus (MDC 7:416)."""

MusculusMylohyoideusLeft: _Final[_Code] = _Code(
    "MDC", "7:417", "Musculus mylohyoideus, left", (3031,)
)
"""Musculus mylohyoideus, left (MDC 7:417)."""

MusculusMylohyoideusRight: _Final[_Code] = _Code(
    "MDC", "7:418", "Musculus mylohyoideus, right", (3031,)
)
"""Musculus mylohyoideus, right (MDC 7:418)."""

MusculiDorsi: _Final[_Code] = _Code("MDC", "7:424", "Musculi dorsi", (3031,))
"""Musculi dorsi (MDC 7:424)."""

MusculiDorsiLeft: _Final[_Code] = _Code("MDC", "7:425", "Musculi dorsi, left", (3031,))
"""Musculi dorsi, left (MDC 7:425)."""

MusculiDorsiRight: _Final[_Code] = _Code("MDC", "7:426", "Musculi dorsi, right", (3031,))
"""Musculi dorsi, right (MDC 7:426)."""

MusculusTrapezius: _Final[_Code] = _Code("MDC", "7:436", "Musculus trapezius", (3031,))
"""Musculus trapezius (MDC 7:436)."""

MusculusTrapeziusLeft: _Final[_Code] = _Code("MDC", "7:437", "Musculus trapezius, left", (3031,))
"""Musculus trapezius, left (MDC 7:437)."""

MusculusTrapeziusRight: _Final[_Code] = _Code("MDC", "7:438", "Musculus trapezius, right", (3031,))
"""Musculus trapezius, right (MDC 7:438)."""

MusculusLatissimusDorsi: _Final[_Code] = _Code("MDC", "7:440", "Musculus latissimus dorsi", (3031,))
"""Musculus latissimus dorsi (MDC 7:440)."""

MusculusLatissimusDorsiLeft: _Final[_Code] = _Code(
    "MDC", "7:441", "Musculus latissimus dorsi, left", (3031,)
)
"""Musculus latissimus dorsi, left (MDC 7:441)."""

MusculusLatissimusDorsiRight: _Final[_Code] = _Code(
    "MDC", "7:442", "Musculus latissimus dorsi, right", (3031,)
)
"""Musculus latissimus dorsi, right (MDC 7:442)."""

MusculusRhomboideusMajor: _Final[_Code] = _Code(
    "MDC", "7:444", "Musculus rhomboideus major", (3031,)
)
"""Musculus rhomboideus major (MDC 7:444)."""

MusculusRhomboideusMajorLeft: _Final[_Code] = _Code(
    "MDC", "7:445", "Musculus rhomboideus major, left", (3031,)
)
"""Musculus rhomboideus major, left (MDC 7:445)."""

MusculusRhomboideusMajorRight: _Final[_Code] = _Code(
    "MDC", "7:446", "Musculus rhomboideus major, right", (3031,)
)
"""Musculus rhomboideus major, right (MDC 7:446)."""

MusculusRhomboideusMinor: _Final[_Code] = _Code(
    "MDC", "7:448", "Musculus rhomboideus minor", (3031,)
)
"""Musculus rhomboideus minor (MDC 7:448)."""

MusculusRhomboideusMinorLeft: _Final[_Code] = _Code(
    "MDC", "7:449", "Musculus rhomboideus minor, left", (3031,)
)
"""Musculus rhomboideus minor, left (MDC 7:449)."""

MusculusRhomboideusMinorRight: _Final[_Code] = _Code(
    "MDC", "7:450", "Musculus rhomboideus minor, right", (3031,)
)
"""Musculus rhomboideus minor, right (MDC 7:450)."""

MusculusLevatorScapulae: _Final[_Code] = _Code("MDC", "7:452", "Musculus levator scapulae", (3031,))
"""Musculus levator scapulae (MDC 7:452)."""

MusculusLevatorScapulaeLeft: _Final[_Code] = _Code(
    "MDC", "7:453", "Musculus levator scapulae, left", (3031,)
)
"""Musculus levator scapulae, left (MDC 7:453)."""

MusculusLevatorScapulaeRight: _Final[_Code] = _Code(
    "MDC", "7:454", "Musculus levator scapulae, right", (3031,)
)
"""Musculus levator scapulae, right (MDC 7:454)."""

MusculusSerratusPosterior: _Final[_Code] = _Code(
    "MDC", "7:456", "Musculus serratus posterior", (3031,)
)
"""Musculus serratus posterior (MDC 7:456)."""

MusculusSerratusPosteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:457", "Musculus serratus posterior, left", (3031,)
)
"""Musculus serratus posterior, left (MDC 7:457)."""

MusculusSerratusPosteriorRight: _Final[_Code] = _Code(
    "MDC", "7:458", "Musculus serratus posterior, right", (3031,)
)
"""Musculus serratus posterior, right (MDC 7:458)."""

MusculusSpleniusCapitis: _Final[_Code] = _Code("MDC", "7:460", "Musculus splenius capitis", (3031,))
"""Musculus splenius capitis (MDC 7:460)."""

MusculusSpleniusCapitisLeft: _Final[_Code] = _Code(
    "MDC", "7:461", "Musculus splenius capitis, left", (3031,)
)
"""Musculus splenius capitis, left (MDC 7:461)."""

MusculusSpleniusCapitisRight: _Final[_Code] = _Code(
    "MDC", "7:462", "Musculus splenius capitis, right", (3031,)
)
"""Musculus splenius capitis, right (MDC 7:462)."""

MusculusSpleniusCervicis: _Final[_Code] = _Code(
    "MDC", "7:464", "Musculus splenius cervicis", (3031,)
)
"""Musculus splenius cervicis (MDC 7:464)."""

MusculusSpleniusCervicisLeft: _Final[_Code] = _Code(
    "MDC", "7:465", "Musculus splenius cervicis, left", (3031,)
)
"""Musculus splenius cervicis, left (MDC 7:465)."""

MusculusSpleniusCervicisRight: _Final[_Code] = _Code(
    "MDC", "7:466", "Musculus splenius cervicis, right", (3031,)
)
"""Musculus splenius cervicis, right (MDC 7:466)."""

MusculusSplenius: _Final[_Code] = _Code("MDC", "7:468", "Musculus splenius", (3031,))
"""Musculus splenius (MDC 7:468)."""

MusculusSpleniusLeft: _Final[_Code] = _Code("MDC", "7:469", "Musculus splenius, left", (3031,))
"""Musculus splenius, left (MDC 7:469)."""

MusculusSpleniusRight: _Final[_Code] = _Code("MDC", "7:470", "Musculus splenius, right", (3031,))
"""Musculus splenius, right (MDC 7:470)."""

MusculusErectorSpinae: _Final[_Code] = _Code("MDC", "7:472", "Musculus erector spinae", (3031,))
"""Musculus erector spinae (MDC 7:472)."""

MusculusErectorSpinaeLeft: _Final[_Code] = _Code(
    "MDC", "7:473", "Musculus erector spinae, left", (3031,)
)
"""Musculus erector spinae, left (MDC 7:473)."""

MusculusErectorSpinaeRight: _Final[_Code] = _Code(
    "MDC", "7:474", "Musculus erector spinae, right", (3031,)
)
"""Musculus erector spinae, right (MDC 7:474)."""

MusculusSpinalis: _Final[_Code] = _Code("MDC", "7:476", "Musculus spinalis", (3031,))
"""Musculus spinalis (MDC 7:476)."""

MusculusSpinalisLeft: _Final[_Code] = _Code("MDC", "7:477", "Musculus spinalis, left", (3031,))
"""Musculus spinalis, left (MDC 7:477)."""

MusculusSpinalisRight: _Final[_Code] = _Code("MDC", "7:478", "Musculus spinalis, right", (3031,))
"""Musculus spinalis, right (MDC 7:478)."""

MusculusSpinalisThoracis: _Final[_Code] = _Code(
    "MDC", "7:480", "Musculus spinalis thoracis", (3031,)
)
"""Musculus spinalis thoracis (MDC 7:480)."""

MusculusSpinalisThoracisLeft: _Final[_Code] = _Code(
    "MDC", "7:481", "Musculus spinalis thoracis, left", (3031,)
)
"""Musculus spinalis thoracis, left (MDC 7:481)."""

MusculusSpinalisThoracisRight: _Final[_Code] = _Code(
    "MDC", "7:482", "Musculus spinalis thoracis, right", (3031,)
)
"""Musculus spinalis thoracis, right (MDC 7:482)."""

MusculusSpinalisCervicis: _Final[_Code] = _Code(
    "MDC", "7:484", "Musculus spinalis cervicis", (3031,)
)
"""Musculus spinalis cervicis (MDC 7:484)."""

MusculusSpinalisCervicisLeft: _Final[_Code] = _Code(
    "MDC", "7:485", "Musculus spinalis cervicis, left", (3031,)
)
"""Musculus spinalis cervicis, left (MDC 7:485)."""

MusculusSpinalisCervicisRight: _Final[_Code] = _Code(
    "MDC", "7:486", "Musculus spinalis cervicis, right", (3031,)
)
"""Musculus spinalis cervicis, right (MDC 7:486)."""

MusculusSpinalisCapitis: _Final[_Code] = _Code("MDC", "7:488", "Musculus spinalis capitis", (3031,))
"""Musculus spinalis capitis (MDC 7:488)."""

MusculusSpinalisCapitisLeft: _Final[_Code] = _Code(
    "MDC", "7:489", "Musculus spinalis capitis, left", (3031,)
)
"""Musculus spinalis capitis, left (MDC 7:489)."""

MusculusSpinalisCapitisRight: _Final[_Code] = _Code(
    "MDC", "7:490", "Musculus spinalis capitis, right", (3031,)
)
"""Musculus spinalis capitis, right (MDC 7:490)."""

MusculusSemispinalis: _Final[_Code] = _Code("MDC", "7:492", "Musculus semispinalis", (3031,))
"""Musculus semispinalis (MDC 7:492)."""

MusculusSemispinalisLeft: _Final[_Code] = _Code(
    "MDC", "7:493", "Musculus semispinalis, left", (3031,)
)
"""Musculus semispinalis, left (MDC 7:493)."""

MusculusSemispinalisRight: _Final[_Code] = _Code(
    "MDC", "7:494", "Musculus semispinalis, right", (3031,)
)
"""Musculus semispinalis, right (MDC 7:494)."""

MusculusSemispinalisThoracis: _Final[_Code] = _Code(
    "MDC", "7:496", "Musculus semispinalis thoracis", (3031,)
)
"""Musculus semispinalis thoracis (MDC 7:496)."""

MusculusSemispinalisThoracisLeft: _Final[_Code] = _Code(
    "MDC", "7:497", "Musculus semispinalis thoracis, left", (3031,)
)
"""Musculus semispinalis thoracis, left (MDC 7:497)."""

MusculusSemispinalisThoracisRight: _Final[_Code] = _Code(
    "MDC", "7:498", "Musculus semispinalis thoracis, right", (3031,)
)
"""Musculus semispinalis thoracis, right (MDC 7:498)."""

MusculusSemispinalisCervicis: _Final[_Code] = _Code(
    "MDC", "7:500", "Musculus semispinalis cervicis", (3031,)
)
"""Musculus semispinalis cervicis (MDC 7:500)."""

MusculusSemispinalisCervicisLeft: _Final[_Code] = _Code(
    "MDC", "7:501", "Musculus semispinalis cervicis, left", (3031,)
)
"""Musculus semispinalis cervicis, left (MDC 7:501)."""

MusculusSemispinalisCervicisRight: _Final[_Code] = _Code(
    "MDC", "7:502", "Musculus semispinalis cervicis, right", (3031,)
)
"""Musculus semispinalis cervicis, right (MDC 7:502)."""

MusculusSemispinalisCapitis: _Final[_Code] = _Code(
    "MDC", "7:504", "Musculus semispinalis capitis", (3031,)
)
"""Musculus semispinalis capitis (MDC 7:504)."""

MusculusSemispinalisCapitisLeft: _Final[_Code] = _Code(
    "MDC", "7:505", "Musculus semispinalis capitis, left", (3031,)
)
"""Musculus semispinalis capitis, left (MDC 7:505)."""

MusculusSemispinalisCapitisRight: _Final[_Code] = _Code(
    "MDC", "7:506", "Musculus semispinalis capitis, right", (3031,)
)
"""Musculus semispinalis capitis, right (MDC 7:506)."""

MusculiMultifidii: _Final[_Code] = _Code("MDC", "7:508", "Musculi multifidii", (3031,))
"""Musculi multifidii (MDC 7:508)."""

MusculiMultifidiiLeft: _Final[_Code] = _Code("MDC", "7:509", "Musculi multifidii, left", (3031,))
"""Musculi multifidii, left (MDC 7:509)."""

MusculiMultifidiiRight: _Final[_Code] = _Code("MDC", "7:510", "Musculi multifidii, right", (3031,))
"""Musculi multifidii, right (MDC 7:510)."""

MusculiInterspinales: _Final[_Code] = _Code("MDC", "7:512", "Musculi interspinales", (3031,))
"""Musculi interspinales (MDC 7:512)."""

MusculiInterspinalesLeft: _Final[_Code] = _Code(
    "MDC", "7:513", "Musculi interspinales, left", (3031,)
)
"""Musculi interspinales, left (MDC 7:513)."""

MusculiInterpsinalesRight: _Final[_Code] = _Code(
    "MDC", "7:514", "Musculi interpsinales, right", (3031,)
)
"""Musculi interpsinales, right (MDC 7:514)."""

MusculiInterspinalesCervicis: _Final[_Code] = _Code(
    "MDC", "7:516", "Musculi interspinales cervicis", (3031,)
)
"""Musculi interspinales cervicis (MDC 7:516)."""

MusculiInterspinalesCervicisLeft: _Final[_Code] = _Code(
    "MDC", "7:517", "Musculi interspinales cervicis, left", (3031,)
)
"""Musculi interspinales cervicis, left (MDC 7:517)."""

MusculiInterspinalesCervicisRight: _Final[_Code] = _Code(
    "MDC", "7:518", "Musculi interspinales cervicis, right", (3031,)
)
"""Musculi interspinales cervicis, right (MDC 7:518)."""

MusculiInterspinalesThoracis: _Final[_Code] = _Code(
    "MDC", "7:520", "Musculi interspinales thoracis", (3031,)
)
"""Musculi interspinales thoracis (MDC 7:520)."""

MusculiInterspinalesThoracisLeft: _Final[_Code] = _Code(
    "MDC", "7:521", "Musculi interspinales thoracis, left", (3031,)
)
"""Musculi interspinales thoracis, left (MDC 7:521)."""

MusculiInterspinalesThoracisRight: _Final[_Code] = _Code(
    "MDC", "7:522", "Musculi interspinales thoracis, right", (3031,)
)
"""Musculi interspinales thoracis, right (MDC 7:522)."""

MusculiInterspinalesLumborum: _Final[_Code] = _Code(
    "MDC", "7:524", "Musculi interspinales lumborum", (3031,)
)
"""Musculi interspinales lumborum (MDC 7:524)."""

MusculiInterspinalesLumborumLeft: _Final[_Code] = _Code(
    "MDC", "7:525", "Musculi interspinales lumborum, left", (3031,)
)
"""Musculi interspinales lumborum, left (MDC 7:525)."""

MusculiInterspinalesLumborumRight: _Final[_Code] = _Code(
    "MDC", "7:526", "Musculi interspinales lumborum, right", (3031,)
)
"""Musculi interspinales lumborum, right (MDC 7:526)."""

MusculiThoracis: _Final[_Code] = _Code("MDC", "7:528", "Musculi thoracis", (3031,))
"""Musculi thoracis (MDC 7:528)."""

MusculiThoracisLeft: _Final[_Code] = _Code("MDC", "7:529", "Musculi thoracis, left", (3031,))
"""Musculi thoracis, left (MDC 7:529)."""

MusculiThoracisRight: _Final[_Code] = _Code("MDC", "7:530", "Musculi thoracis, right", (3031,))
"""Musculi thoracis, right (MDC 7:530)."""

MusculusPectoralisMajor: _Final[_Code] = _Code("MDC", "7:532", "Musculus pectoralis major", (3031,))
"""Musculus pectoralis major (MDC 7:532)."""

MusculusPectoralisMajorLeft: _Final[_Code] = _Code(
    "MDC", "7:533", "Musculus pectoralis major, left", (3031,)
)
"""Musculus pectoralis major, left (MDC 7:533)."""

MusculusPectoralisMajorRight: _Final[_Code] = _Code(
    "MDC", "7:534", "Musculus pectoralis major, right", (3031,)
)
"""Musculus pectoralis major, right (MDC 7:534)."""

MusculusPectoralisMinor: _Final[_Code] = _Code("MDC", "7:536", "Musculus pectoralis minor", (3031,))
"""Musculus pectoralis minor (MDC 7:536)."""

MusculusPectoralisMinorLeft: _Final[_Code] = _Code(
    "MDC", "7:537", "Musculus pectoralis minor, left", (3031,)
)
"""Musculus pectoralis minor, left (MDC 7:537)."""

MusculusPectoralisMinorRight: _Final[_Code] = _Code(
    "MDC", "7:538", "Musculus pectoralis minor, right", (3031,)
)
"""Musculus pectoralis minor, right (MDC 7:538)."""

MusculusSubclavius: _Final[_Code] = _Code("MDC", "7:540", "Musculus subclavius", (3031,))
"""Musculus subclavius (MDC 7:540)."""

MusculusSubclaviusLeft: _Final[_Code] = _Code("MDC", "7:541", "Musculus subclavius, left", (3031,))
"""Musculus subclavius, left (MDC 7:541)."""

MusculusSubclaviusRight: _Final[_Code] = _Code(
    "MDC", "7:542", "Musculus subclavius, right", (3031,)
)
"""Musculus subclavius, right (MDC 7:542)."""

MusculusSerratusAnterior: _Final[_Code] = _Code(
    "MDC", "7:544", "Musculus serratus anterior", (3031,)
)
"""Musculus serratus anterior (MDC 7:544)."""

MusculusSerratusAnteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:545", "Musculus serratus anterior, left", (3031,)
)
"""Musculus serratus anterior, left (MDC 7:545)."""

MusculusSerratusAnteriorRight: _Final[_Code] = _Code(
    "MDC", "7:546", "Musculus serratus anterior, right", (3031,)
)
"""Musculus serratus anterior, right (MDC 7:546)."""

MusculiIntercostales: _Final[_Code] = _Code("MDC", "7:548", "Musculi intercostales", (3031,))
"""Musculi intercostales (MDC 7:548)."""

MusculiIntercostalesLeft: _Final[_Code] = _Code(
    "MDC", "7:549", "Musculi intercostales, left", (3031,)
)
"""Musculi intercostales, left (MDC 7:549)."""

MusculiIntercostalesRight: _Final[_Code] = _Code(
    "MDC", "7:550", "Musculi intercostales, right", (3031,)
)
"""Musculi intercostales, right (MDC 7:550)."""

Diaphragma: _Final[_Code] = _Code("MDC", "7:552", "Diaphragma", (3031,))
"""Diaphragma (MDC 7:552)."""

DiaphragmaLeft: _Final[_Code] = _Code("MDC", "7:553", "Diaphragma, left", (3031,))
"""Diaphragma, left (MDC 7:553)."""

DiaphragmaRight: _Final[_Code] = _Code("MDC", "7:554", "Diaphragma, right", (3031,))
"""Diaphragma, right (MDC 7:554)."""

MusculiAbdominis: _Final[_Code] = _Code("MDC", "7:556", "Musculi abdominis", (3031,))
"""Musculi abdominis (MDC 7:556)."""

MusculiAbdominisLeft: _Final[_Code] = _Code("MDC", "7:557", "Musculi abdominis, left", (3031,))
"""Musculi abdominis, left (MDC 7:557)."""

MusculiAbdominisRight: _Final[_Code] = _Code("MDC", "7:558", "Musculi abdominis, right", (3031,))
"""Musculi abdominis, right (MDC 7:558)."""

MusculusRectusAbdominis: _Final[_Code] = _Code("MDC", "7:560", "Musculus rectus abdominis", (3031,))
"""Musculus rectus abdominis (MDC 7:560)."""

MusculusRectusAbdominisLeft: _Final[_Code] = _Code(
    "MDC", "7:561", "Musculus rectus abdominis, left", (3031,)
)
"""Musculus rectus abdominis, left (MDC 7:561)."""

MusculusRectusAbdominisRight: _Final[_Code] = _Code(
    "MDC", "7:562", "Musculus rectus abdominis, right", (3031,)
)
"""Musculus rectus abdominis, right (MDC 7:562)."""

MusculusObliquusExternusAbdominis: _Final[_Code] = _Code(
    "MDC", "7:564", "Musculus obliquus externus abdominis", (3031,)
)
"""Musculus obliquus externus abdominis (MDC 7:564)."""

MusculusObliquusExternusAbdominisLeft: _Final[_Code] = _Code(
    "MDC", "7:565", "Musculus obliquus externus abdominis, left", (3031,)
)
"""Musculus obliquus externus abdominis, left (MDC 7:565)."""

MusculusObliquusExternusAbdominisRight: _Final[_Code] = _Code(
    "MDC", "7:566", "Musculus obliquus externus abdominis, right", (3031,)
)
"""Musculus obliquus externus abdominis, right (MDC 7:566)."""

MusculusObliquusInternusAbdominis: _Final[_Code] = _Code(
    "MDC", "7:568", "Musculus obliquus internus abdominis", (3031,)
)
"""Musculus obliquus internus abdominis (MDC 7:568)."""

MusculusObliquusInternusAbdominisLeft: _Final[_Code] = _Code(
    "MDC", "7:569", "Musculus obliquus internus abdominis, left", (3031,)
)
"""Musculus obliquus internus abdominis, left (MDC 7:569)."""

MusculusObliquusInternusAbdominisRight: _Final[_Code] = _Code(
    "MDC", "7:570", "Musculus obliquus internus abdominis, right", (3031,)
)
"""Musculus obliquus internus abdominis, right (MDC 7:570)."""

MusculusTransversusAbdominis: _Final[_Code] = _Code(
    "MDC", "7:572", "Musculus transversus abdominis", (3031,)
)
"""Musculus transversus abdominis (MDC 7:572)."""

MusculusTransversusAbdominisLeft: _Final[_Code] = _Code(
    "MDC", "7:573", "Musculus transversus abdominis, left", (3031,)
)
"""Musculus transversus abdominis, left (MDC 7:573)."""

MusculusTransversusAbdominisRight: _Final[_Code] = _Code(
    "MDC", "7:574", "Musculus transversus abdominis, right", (3031,)
)
"""Musculus transversus abdominis, right (MDC 7:574)."""

MusculusQuadratusLumborum: _Final[_Code] = _Code(
    "MDC", "7:576", "Musculus quadratus lumborum", (3031,)
)
"""Musculus quadratus lumborum (MDC 7:576)."""

MusculusQuadratusLumborumLeft: _Final[_Code] = _Code(
    "MDC", "7:577", "Musculus quadratus lumborum, left", (3031,)
)
"""Musculus quadratus lumborum, left (MDC 7:577)."""

MusculusQuadratusLumborumRight: _Final[_Code] = _Code(
    "MDC", "7:578", "Musculus quadratus lumborum, right", (3031,)
)
"""Musculus quadratus lumborum, right (MDC 7:578)."""

MusculiDiaphragmatisPelvis: _Final[_Code] = _Code(
    "MDC", "7:580", "Musculi diaphragmatis pelvis", (3031,)
)
"""Musculi diaphragmatis pelvis (MDC 7:580)."""

MusculiDiaphragmatisPelvisLeft: _Final[_Code] = _Code(
    "MDC", "7:581", "Musculi diaphragmatis pelvis, left", (3031,)
)
"""Musculi diaphragmatis pelvis, left (MDC 7:581)."""

MusculiDiaphragmatisPelvisRight: _Final[_Code] = _Code(
    "MDC", "7:582", "Musculi diaphragmatis pelvis, right", (3031,)
)
"""Musculi diaphragmatis pelvis, right (MDC 7:582)."""

MusculusPuborectalis: _Final[_Code] = _Code("MDC", "7:584", "Musculus puborectalis", (3031,))
"""Musculus puborectalis (MDC 7:584)."""

MusculusPuborectalisLeft: _Final[_Code] = _Code(
    "MDC", "7:585", "Musculus puborectalis, left", (3031,)
)
"""Musculus puborectalis, left (MDC 7:585)."""

MusculusPuborectalisRight: _Final[_Code] = _Code(
    "MDC", "7:586", "Musculus puborectalis, right", (3031,)
)
"""Musculus puborectalis, right (MDC 7:586)."""

MusculusCoccygeus: _Final[_Code] = _Code("MDC", "7:588", "Musculus coccygeus", (3031,))
"""Musculus coccygeus (MDC 7:588)."""

MusculusCoccygeusLeft: _Final[_Code] = _Code("MDC", "7:589", "Musculus coccygeus, left", (3031,))
"""Musculus coccygeus, left (MDC 7:589)."""

MusculusCoccygeusRight: _Final[_Code] = _Code("MDC", "7:590", "Musculus coccygeus, right", (3031,))
"""Musculus coccygeus, right (MDC 7:590)."""

MusculusSphincterAni: _Final[_Code] = _Code("MDC", "7:592", "Musculus sphincter ani", (3031,))
"""Musculus sphincter ani (MDC 7:592)."""

MusculusSphincterAniExternus: _Final[_Code] = _Code(
    "MDC", "7:596", "Musculus sphincter ani externus", (3031,)
)
"""Musculus sphincter ani externus (MDC 7:596)."""

MusculiMembriSuperioris: _Final[_Code] = _Code("MDC", "7:600", "Musculi membri superioris", (3031,))
"""Musculi membri superioris (MDC 7:600)."""

MusculiMembriSuperiorisLeft: _Final[_Code] = _Code(
    "MDC", "7:601", "Musculi membri superioris, left", (3031,)
)
"""Musculi membri superioris, left (MDC 7:601)."""

MusculiMembriSuperioriRight: _Final[_Code] = _Code(
    "MDC", "7:602", "Musculi membri superiori, right", (3031,)
)
"""Musculi membri superiori, right (MDC 7:602)."""

MusculusDeltoideus: _Final[_Code] = _Code("MDC", "7:604", "Musculus deltoideus", (3031,))
"""Musculus deltoideus (MDC 7:604)."""

MusculusDeltoideusLeft: _Final[_Code] = _Code("MDC", "7:605", "Musculus deltoideus, left", (3031,))
"""Musculus deltoideus, left (MDC 7:605)."""

MusculusDeltoideusRight: _Final[_Code] = _Code(
    "MDC", "7:606", "Musculus deltoideus, right", (3031,)
)
"""Musculus deltoideus, right (MDC 7:606)."""

MusculusSupraspinatus: _Final[_Code] = _Code("MDC", "7:608", "Musculus supraspinatus", (3031,))
"""Musculus supraspinatus (MDC 7:608)."""

MusculusSupraspinatusLeft: _Final[_Code] = _Code(
    "MDC", "7:609", "Musculus supraspinatus, left", (3031,)
)
"""Musculus supraspinatus, left (MDC 7:609)."""

MusculusSupraspinatusRight: _Final[_Code] = _Code(
    "MDC", "7:610", "Musculus supraspinatus, right", (3031,)
)
"""Musculus supraspinatus, right (MDC 7:610)."""

MusculusInfraspinatus: _Final[_Code] = _Code("MDC", "7:612", "Musculus infraspinatus", (3031,))
"""Musculus infraspinatus (MDC 7:612)."""

MusculusInfraspinatusLeft: _Final[_Code] = _Code(
    "MDC", "7:613", "Musculus infraspinatus, left", (3031,)
)
"""Musculus infraspinatus, left (MDC 7:613)."""

MusculusInfraspinatusRight: _Final[_Code] = _Code(
    "MDC", "7:614", "Musculus infraspinatus, right", (3031,)
)
"""Musculus infraspinatus, right (MDC 7:614)."""

MusculusTeresMinor: _Final[_Code] = _Code("MDC", "7:616", "Musculus teres minor", (3031,))
"""Musculus teres minor (MDC 7:616)."""

MusculusTeresMinorLeft: _Final[_Code] = _Code("MDC", "7:617", "Musculus teres minor, left", (3031,))
"""Musculus teres minor, left (MDC 7:617)."""

MusculusTeresMinorRight: _Final[_Code] = _Code(
    "MDC", "7:618", "Musculus teres minor, right", (3031,)
)
"""Musculus teres minor, right (MDC 7:618)."""

MusculusTeresMajor: _Final[_Code] = _Code("MDC", "7:620", "Musculus teres major", (3031,))
"""Musculus teres major (MDC 7:620)."""

MusculusTeresMajorLeft: _Final[_Code] = _Code("MDC", "7:621", "Musculus teres major, left", (3031,))
"""Musculus teres major, left (MDC 7:621)."""

MusculusTeresMajorRight: _Final[_Code] = _Code(
    "MDC", "7:622", "Musculus teres major, right", (3031,)
)
"""Musculus teres major, right (MDC 7:622)."""

MusculusSubscapularis: _Final[_Code] = _Code("MDC", "7:624", "Musculus subscapularis", (3031,))
"""Musculus subscapularis (MDC 7:624)."""

MusculusSubscapularisLeft: _Final[_Code] = _Code(
    "MDC", "7:625", "Musculus subscapularis, left", (3031,)
)
"""Musculus subscapularis, left (MDC 7:625)."""

MusculusSubscapularisRight: _Final[_Code] = _Code(
    "MDC", "7:626", "Musculus subscapularis, right", (3031,)
)
"""Musculus subscapularis, right (MDC 7:626)."""

MusculusBicepsBrachii: _Final[_Code] = _Code("MDC", "7:628", "Musculus biceps brachii", (3031,))
"""Musculus biceps brachii (MDC 7:628)."""

MusculusBicepsBrachiiLeft: _Final[_Code] = _Code(
    "MDC", "7:629", "Musculus biceps brachii, left", (3031,)
)
"""Musculus biceps brachii, left (MDC 7:629)."""

MusculusBicepsBrachiiRight: _Final[_Code] = _Code(
    "MDC", "7:630", "Musculus biceps brachii, right", (3031,)
)
"""Musculus biceps brachii, right (MDC 7:630)."""

MusculusBrachialis: _Final[_Code] = _Code("MDC", "7:632", "Musculus brachialis", (3031,))
"""Musculus brachialis (MDC 7:632)."""

MusculusBrachialisLeft: _Final[_Code] = _Code("MDC", "7:633", "Musculus brachialis, left", (3031,))
"""Musculus brachialis, left (MDC 7:633)."""

MusculusBrachialisRight: _Final[_Code] = _Code(
    "MDC", "7:634", "Musculus brachialis, right", (3031,)
)
"""Musculus brachialis, right (MDC 7:634)."""

MusculusCoracobrachialis: _Final[_Code] = _Code(
    "MDC", "7:636", "Musculus coracobrachialis", (3031,)
)
"""Musculus coracobrachialis (MDC 7:636)."""

MusculusCoracobrachialisLeft: _Final[_Code] = _Code(
    "MDC", "7:637", "Musculus coracobrachialis, left", (3031,)
)
"""Musculus coracobrachialis, left (MDC 7:637)."""

MusculusCoracobrachialisRight: _Final[_Code] = _Code(
    "MDC", "7:638", "Musculus coracobrachialis, right", (3031,)
)
"""Musculus coracobrachialis, right (MDC 7:638)."""

MusculusTricepsBrachii: _Final[_Code] = _Code("MDC", "7:640", "Musculus triceps brachii", (3031,))
"""Musculus triceps brachii (MDC 7:640)."""

MusculusTricepsBrachiiLeft: _Final[_Code] = _Code(
    "MDC", "7:641", "Musculus triceps brachii, left", (3031,)
)
"""Musculus triceps brachii, left (MDC 7:641)."""

MusculusTricepsBrachiiRight: _Final[_Code] = _Code(
    "MDC", "7:642", "Musculus triceps brachii, right", (3031,)
)
"""Musculus triceps brachii, right (MDC 7:642)."""

MusculusTricepsBrachiiCaputLongum: _Final[_Code] = _Code(
    "MDC", "7:644", "Musculus triceps brachii, Caput longum", (3031,)
)
"""Musculus triceps brachii, Caput longum (MDC 7:644)."""

MusculusTricepsBrachiiCaputLongumLeft: _Final[_Code] = _Code(
    "MDC", "7:645", "Musculus triceps brachii, Caput longum, left", (3031,)
)
"""Musculus triceps brachii, Caput longum, left (MDC 7:645)."""

MusculusTricepsBrachiiCaputLongumRight: _Final[_Code] = _Code(
    "MDC", "7:646", "Musculus triceps brachii, Caput longum, right", (3031,)
)
"""Musculus triceps brachii, Caput longum, right (MDC 7:646)."""

MusculusTricepsBrachiiCaputLaterale: _Final[_Code] = _Code(
    "MDC", "7:648", "Musculus triceps brachii, Caput laterale", (3031,)
)
"""Musculus triceps brachii, Caput laterale (MDC 7:648)."""

MusculusTricepsBrachiiCaputLateraleLeft: _Final[_Code] = _Code(
    "MDC", "7:649", "Musculus triceps brachii, Caput laterale, left", (3031,)
)
"""Musculus triceps brachii, Caput laterale, left (MDC 7:649)."""

MusculusTricepsBrachiiCaputLateraleRight: _Final[_Code] = _Code(
    "MDC", "7:650", "Musculus triceps brachii, Caput laterale, right", (3031,)
)
"""Musculus triceps brachii, Caput laterale, right (MDC 7:650)."""

MusculusTricepsBrachiiCaputMediale: _Final[_Code] = _Code(
    "MDC", "7:652", "Musculus triceps brachii, Caput mediale", (3031,)
)
"""Musculus triceps brachii, Caput mediale (MDC 7:652)."""

MusculusTricepsBrachiiCaputMedialeLeft: _Final[_Code] = _Code(
    "MDC", "7:653", "Musculus triceps brachii, Caput mediale, left", (3031,)
)
"""Musculus triceps brachii, Caput mediale, left (MDC 7:653)."""

MusculusTricepsBrachiiCaputMedialeRight: _Final[_Code] = _Code(
    "MDC", "7:654", "Musculus triceps brachii, Caput mediale, right", (3031,)
)
"""Musculus triceps brachii, Caput mediale, right (MDC 7:654)."""

MusculusAnconeus: _Final[_Code] = _Code("MDC", "7:656", "Musculus anconeus", (3031,))
"""Musculus anconeus (MDC 7:656)."""

MusculusAnconeusLeft: _Final[_Code] = _Code("MDC", "7:657", "Musculus anconeus, left", (3031,))
"""Musculus anconeus, left (MDC 7:657)."""

MusculusAnconeusRight: _Final[_Code] = _Code("MDC", "7:658", "Musculus anconeus, right", (3031,))
"""Musculus anconeus, right (MDC 7:658)."""

MusculusPronatorTeres: _Final[_Code] = _Code("MDC", "7:660", "Musculus pronator teres", (3031,))
"""Musculus pronator teres (MDC 7:660)."""

MusculusPronatorTeresLeft: _Final[_Code] = _Code(
    "MDC", "7:661", "Musculus pronator teres, left", (3031,)
)
"""Musculus pronator teres, left (MDC 7:661)."""

MusculusPronatorTeresRight: _Final[_Code] = _Code(
    "MDC", "7:662", "Musculus pronator teres, right", (3031,)
)
"""Musculus pronator teres, right (MDC 7:662)."""

MusculusFlexorCarpiRadialis: _Final[_Code] = _Code(
    "MDC", "7:664", "Musculus flexor carpi radialis", (3031,)
)
"""Musculus flexor carpi radialis (MDC 7:664)."""

MusculusFlexorCarpiRadialisLeft: _Final[_Code] = _Code(
    "MDC", "7:665", "Musculus flexor carpi radialis, left", (3031,)
)
"""Musculus flexor carpi radialis, left (MDC 7:665)."""

MusculusFlexorCarpiRadialisRight: _Final[_Code] = _Code(
    "MDC", "7:666", "Musculus flexor carpi radialis, right", (3031,)
)
"""Musculus flexor carpi radialis, right (MDC 7:666)."""

MusculusPalmarisLongus: _Final[_Code] = _Code("MDC", "7:668", "Musculus palmaris longus", (3031,))
"""Musculus palmaris longus (MDC 7:668)."""

MusculusPalmarisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:669", "Musculus palmaris longus, left", (3031,)
)
"""Musculus palmaris longus, left (MDC 7:669)."""

MusculusPalmarisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:670", "Musculus palmaris longus, right", (3031,)
)
"""Musculus palmaris longus, right (MDC 7:670)."""

MusculusFlexorCarpiUlnaris: _Final[_Code] = _Code(
    "MDC", "7:672", "Musculus flexor carpi ulnaris", (3031,)
)
"""Musculus flexor carpi ulnaris (MDC 7:672)."""

MusculusFlexorCarpiUlnarisLeft: _Final[_Code] = _Code(
    "MDC", "7:673", "Musculus flexor carpi ulnaris, left", (3031,)
)
"""Musculus flexor carpi ulnaris, left (MDC 7:673)."""

MusculusFlexorCarpiUlnarisRight: _Final[_Code] = _Code(
    "MDC", "7:674", "Musculus flexor carpi ulnaris, right", (3031,)
)
"""Musculus flexor carpi ulnaris, right (MDC 7:674)."""

MusculusFlexorDigitorumSuperficialis: _Final[_Code] = _Code(
    "MDC", "7:676", "Musculus flexor digitorum superficialis", (3031,)
)
"""Musculus flexor digitorum superficialis (MDC 7:676)."""

MusculusFlexorDigitorumSuperficialisLeft: _Final[_Code] = _Code(
    "MDC", "7:677", "Musculus flexor digitorum superficialis, left", (3031,)
)
"""Musculus flexor digitorum superficialis, left (MDC 7:677)."""

MusculusFlexorDigitorumSuperficialisRight: _Final[_Code] = _Code(
    "MDC", "7:678", "Musculus flexor digitorum superficialis, right", (3031,)
)
"""Musculus flexor digitorum superficialis, right (MDC 7:678)."""

MusculusFlexorDigitorumProfundus: _Final[_Code] = _Code(
    "MDC", "7:680", "Musculus flexor digitorum profundus", (3031,)
)
"""Musculus flexor digitorum profundus (MDC 7:680)."""

MusculusFlexorDigitorumProfundusLeft: _Final[_Code] = _Code(
    "MDC", "7:681", "Musculus flexor digitorum profundus, left", (3031,)
)
"""Musculus flexor digitorum profundus, left (MDC 7:681)."""

MusculusFlexorDigitorumProfundusRight: _Final[_Code] = _Code(
    "MDC", "7:682", "Musculus flexor digitorum profundus, right", (3031,)
)
"""Musculus flexor digitorum profundus, right (MDC 7:682)."""

MusculusFlexorPollicisLongus: _Final[_Code] = _Code(
    "MDC", "7:684", "Musculus flexor pollicis longus", (3031,)
)
"""Musculus flexor pollicis longus (MDC 7:684)."""

MusculusFlexorPollicisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:685", "Musculus flexor pollicis longus, left", (3031,)
)
"""Musculus flexor pollicis longus, left (MDC 7:685)."""

MusculusFlexorPollicisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:686", "Musculus flexor pollicis longus, right", (3031,)
)
"""Musculus flexor pollicis longus, right (MDC 7:686)."""

MusculusPronatorQuadratus: _Final[_Code] = _Code(
    "MDC", "7:688", "Musculus pronator quadratus", (3031,)
)
"""Musculus pronator quadratus (MDC 7:688)."""

MusculusPronatorQuadratusLeft: _Final[_Code] = _Code(
    "MDC", "7:689", "Musculus pronator quadratus, left", (3031,)
)
"""Musculus pronator quadratus, left (MDC 7:689)."""

MusculusPronatorQuadratusRight: _Final[_Code] = _Code(
    "MDC", "7:690", "Musculus pronator quadratus, right", (3031,)
)
"""Musculus pronator quadratus, right (MDC 7:690)."""

MusculusBrachioradialis: _Final[_Code] = _Code("MDC", "7:692", "Musculus brachioradialis", (3031,))
"""Musculus brachioradialis (MDC 7:692)."""

MusculusBrachioradialisLeft: _Final[_Code] = _Code(
    "MDC", "7:693", "Musculus brachioradialis, left", (3031,)
)
"""Musculus brachioradialis, left (MDC 7:693)."""

MusculusBrachioradialisRight: _Final[_Code] = _Code(
    "MDC", "7:694", "Musculus brachioradialis, right", (3031,)
)
"""Musculus brachioradialis, right (MDC 7:694)."""

MusculusExtensorCarpiRadialisLongus: _Final[_Code] = _Code(
    "MDC", "7:696", "Musculus extensor carpi radialis longus", (3031,)
)
"""Musculus extensor carpi radialis longus (MDC 7:696)."""

MusculusExtensorCarpiRadialisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:697", "Musculus extensor carpi radialis longus, left", (3031,)
)
"""Musculus extensor carpi radialis longus, left (MDC 7:697)."""

MusculusExtensorCarpiRadialisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:698", "Musculus extensor carpi radialis longus, right", (3031,)
)
"""Musculus extensor carpi radialis longus, right (MDC 7:698)."""

MusculusExtensorCarpiRadialisBrevis: _Final[_Code] = _Code(
    "MDC", "7:700", "Musculus extensor carpi radialis brevis", (3031,)
)
"""Musculus extensor carpi radialis brevis (MDC 7:700)."""

MusculusExtensorCarpiRadialisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:701", "Musculus extensor carpi radialis brevis, left", (3031,)
)
"""Musculus extensor carpi radialis brevis, left (MDC 7:701)."""

MusculusExtensorCarpiRadialisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:702", "Musculus extensor carpi radialis brevis, right", (3031,)
)
"""Musculus extensor carpi radialis brevis, right (MDC 7:702)."""

MusculusExtensorDigitorum: _Final[_Code] = _Code(
    "MDC", "7:704", "Musculus extensor digitorum", (3031,)
)
"""Musculus extensor digitorum (MDC 7:704)."""

MusculusExtensorDigitorumLeft: _Final[_Code] = _Code(
    "MDC", "7:705", "Musculus extensor digitorum, left", (3031,)
)
"""Musculus extensor digitorum, left (MDC 7:705)."""

MusculusExtensorDigitorumRight: _Final[_Code] = _Code(
    "MDC", "7:706", "Musculus extensor digitorum, right", (3031,)
)
"""Musculus extensor digitorum, right (MDC 7:706)."""

MusculusExtensorDigitiMinimi: _Final[_Code] = _Code(
    "MDC", "7:708", "Musculus extensor digiti minimi", (3031,)
)
"""Musculus extensor digiti minimi (MDC 7:708)."""

MusculusExtensorDigitiMinimiLeft: _Final[_Code] = _Code(
    "MDC", "7:709", "Musculus extensor digiti minimi, left", (3031,)
)
"""Musculus extensor digiti minimi, left (MDC 7:709)."""

MusculusExtensorDigitiMinimiRight: _Final[_Code] = _Code(
    "MDC", "7:710", "Musculus extensor digiti minimi, right", (3031,)
)
"""Musculus extensor digiti minimi, right (MDC 7:710)."""

MusculusExtensorCarpiUlnaris: _Final[_Code] = _Code(
    "MDC", "7:712", "Musculus extensor carpi ulnaris", (3031,)
)
"""Musculus extensor carpi ulnaris (MDC 7:712)."""

MusculusExtensorCarpiUlnarisLeft: _Final[_Code] = _Code(
    "MDC", "7:713", "Musculus extensor carpi ulnaris, left", (3031,)
)
"""Musculus extensor carpi ulnaris, left (MDC 7:713)."""

MusculusExtensorCarpiUlnarisRight: _Final[_Code] = _Code(
    "MDC", "7:714", "Musculus extensor carpi ulnaris, right", (3031,)
)
"""Musculus extensor carpi ulnaris, right (MDC 7:714)."""

MusculusSupinator: _Final[_Code] = _Code("MDC", "7:716", "Musculus supinator", (3031,))
"""Musculus supinator (MDC 7:716)."""

MusculusSupinatorLeft: _Final[_Code] = _Code("MDC", "7:717", "Musculus supinator, left", (3031,))
"""Musculus supinator, left (MDC 7:717)."""

MusculusSupinatorRight: _Final[_Code] = _Code("MDC", "7:718", "Musculus supinator, right", (3031,))
"""Musculus supinator, right (MDC 7:718)."""

MusculusAbductorPollicisLonguss: _Final[_Code] = _Code(
    "MDC", "7:720", "Musculus abductor pollicis longuss", (3031,)
)
"""Musculus abductor pollicis longuss (MDC 7:720)."""

MusculusAbductorPollicisLongussLeft: _Final[_Code] = _Code(
    "MDC", "7:721", "Musculus abductor pollicis longuss, left", (3031,)
)
"""Musculus abductor pollicis longuss, left (MDC 7:721)."""

MusculusAbductorPollicisLongussRight: _Final[_Code] = _Code(
    "MDC", "7:722", "Musculus abductor pollicis longuss, right", (3031,)
)
"""Musculus abductor pollicis longuss, right (MDC 7:722)."""

MusculusExtensorPollicisBrevis: _Final[_Code] = _Code(
    "MDC", "7:724", "Musculus extensor pollicis brevis", (3031,)
)
"""Musculus extensor pollicis brevis (MDC 7:724)."""

MusculusExtensorPollicisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:725", "Musculus extensor pollicis brevis, left", (3031,)
)
"""Musculus extensor pollicis brevis, left (MDC 7:725)."""

MusculusExtensorPollicisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:726", "Musculus extensor pollicis brevis, right", (3031,)
)
"""Musculus extensor pollicis brevis, right (MDC 7:726)."""

MusculusExtensorPollicisLongus: _Final[_Code] = _Code(
    "MDC", "7:728", "Musculus extensor pollicis longus", (3031,)
)
"""Musculus extensor pollicis longus (MDC 7:728)."""

MusculusExtensorPollicisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:729", "Musculus extensor pollicis longus, left", (3031,)
)
"""Musculus extensor pollicis longus, left (MDC 7:729)."""

MusculusExtensorPollicisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:730", "Musculus extensor pollicis longus, right", (3031,)
)
"""Musculus extensor pollicis longus, right (MDC 7:730)."""

MusculusExtensorIndicis: _Final[_Code] = _Code("MDC", "7:732", "Musculus extensor indicis", (3031,))
"""Musculus extensor indicis (MDC 7:732)."""

MusculusExtensorIndicisLeft: _Final[_Code] = _Code(
    "MDC", "7:733", "Musculus extensor indicis, left", (3031,)
)
"""Musculus extensor indicis, left (MDC 7:733)."""

MusculusExtensorIndicisRight: _Final[_Code] = _Code(
    "MDC", "7:734", "Musculus extensor indicis, right", (3031,)
)
"""Musculus extensor indicis, right (MDC 7:734)."""

MusculusPalmarisBrevis: _Final[_Code] = _Code("MDC", "7:736", "Musculus palmaris brevis", (3031,))
"""Musculus palmaris brevis (MDC 7:736)."""

MusculusPalmarisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:737", "Musculus palmaris brevis, left", (3031,)
)
"""Musculus palmaris brevis, left (MDC 7:737)."""

MusculusPalmarisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:738", "Musculus palmaris brevis, right", (3031,)
)
"""Musculus palmaris brevis, right (MDC 7:738)."""

MusculusAbductorPollicisBrevis: _Final[_Code] = _Code(
    "MDC", "7:740", "Musculus abductor pollicis brevis", (3031,)
)
"""Musculus abductor pollicis brevis (MDC 7:740)."""

MusculusAbductorPollicisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:741", "Musculus abductor pollicis brevis, left", (3031,)
)
"""Musculus abductor pollicis brevis, left (MDC 7:741)."""

MusculusAbductorPollicisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:742", "Musculus abductor pollicis brevis, right", (3031,)
)
"""Musculus abductor pollicis brevis, right (MDC 7:742)."""

MusculusFlexorPollicisBrevis: _Final[_Code] = _Code(
    "MDC", "7:744", "Musculus flexor pollicis brevis", (3031,)
)
"""Musculus flexor pollicis brevis (MDC 7:744)."""

MusculusFlexorPollicisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:745", "Musculus flexor pollicis brevis, left", (3031,)
)
"""Musculus flexor pollicis brevis, left (MDC 7:745)."""

MusculusFlexorPollicisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:746", "Musculus flexor pollicis brevis, right", (3031,)
)
"""Musculus flexor pollicis brevis, right (MDC 7:746)."""

MusculusOpponensPollicis: _Final[_Code] = _Code(
    "MDC", "7:748", "Musculus opponens pollicis", (3031,)
)
"""Musculus opponens pollicis (MDC 7:748)."""

MusculusOpponensPollicisLeft: _Final[_Code] = _Code(
    "MDC", "7:749", "Musculus opponens pollicis, left", (3031,)
)
"""Musculus opponens pollicis, left (MDC 7:749)."""

MusculusOpponensPollicisRight: _Final[_Code] = _Code(
    "MDC", "7:750", "Musculus opponens pollicis, right", (3031,)
)
"""Musculus opponens pollicis, right (MDC 7:750)."""

MusculusAdductorPollicis: _Final[_Code] = _Code(
    "MDC", "7:752", "Musculus adductor pollicis", (3031,)
)
"""Musculus adductor pollicis (MDC 7:752)."""

MusculusAdductorPollicisLeft: _Final[_Code] = _Code(
    "MDC", "7:753", "Musculus adductor pollicis, left", (3031,)
)
"""Musculus adductor pollicis, left (MDC 7:753)."""

MusculusAdductorPollicisRight: _Final[_Code] = _Code(
    "MDC", "7:754", "Musculus adductor pollicis, right", (3031,)
)
"""Musculus adductor pollicis, right (MDC 7:754)."""

MusculusAbductorDigitiMinimi_7_756: _Final[_Code] = _Code(
    "MDC", "7:756", "Musculus abductor digiti minimi", (3031,)
)
"""Musculus abductor digiti minimi (MDC 7:756)."""

MusculusAbductorDigitiMinimiLeft_7_757: _Final[_Code] = _Code(
    "MDC", "7:757", "Musculus abductor digiti minimi, left", (3031,)
)
"""Musculus abductor digiti minimi, left (MDC 7:757)."""

MusculusAbductorDigitiMinimiRight: _Final[_Code] = _Code(
    "MDC", "7:758", "Musculus abductor digiti minimi, right", (3031,)
)
"""Musculus abductor digiti minimi, right (MDC 7:758)."""

MusculusFlexorDigitiMinimiBrevis_7_760: _Final[_Code] = _Code(
    "MDC", "7:760", "Musculus flexor digiti minimi brevis", (3031,)
)
"""Musculus flexor digiti minimi brevis (MDC 7:760)."""

MusculusFlexorDigitiMinimiBrevisLeft_7_761: _Final[_Code] = _Code(
    "MDC", "7:761", "Musculus flexor digiti minimi brevis, left", (3031,)
)
"""Musculus flexor digiti minimi brevis, left (MDC 7:761)."""

MusculusFlexorDigitiMinimiBrevisRight_7_762: _Final[_Code] = _Code(
    "MDC", "7:762", "Musculus flexor digiti minimi brevis, right", (3031,)
)
"""Musculus flexor digiti minimi brevis, right (MDC 7:762)."""

MusculusOpponensDigitiMinimi: _Final[_Code] = _Code(
    "MDC", "7:764", "Musculus opponens digiti minimi", (3031,)
)
"""Musculus opponens digiti minimi (MDC 7:764)."""

MusculusOpponensDigitiMinimiLeft: _Final[_Code] = _Code(
    "MDC", "7:765", "Musculus opponens digiti minimi, left", (3031,)
)
"""Musculus opponens digiti minimi, left (MDC 7:765)."""

MusculusOpponensDigitiMinimiRight: _Final[_Code] = _Code(
    "MDC", "7:766", "Musculus opponens digiti minimi, right", (3031,)
)
"""Musculus opponens digiti minimi, right (MDC 7:766)."""

MusculiLumbricales: _Final[_Code] = _Code("MDC", "7:768", "Musculi lumbricales", (3031,))
"""Musculi lumbricales (MDC 7:768)."""

MusculiLumbricalesLeft: _Final[_Code] = _Code("MDC", "7:769", "Musculi lumbricales, left", (3031,))
"""Musculi lumbricales, left (MDC 7:769)."""

MusculiLumbricalesRight: _Final[_Code] = _Code(
    "MDC", "7:770", "Musculi lumbricales, right", (3031,)
)
"""Musculi lumbricales, right (MDC 7:770)."""

MusculiInterosseiDorsales: _Final[_Code] = _Code(
    "MDC", "7:772", "Musculi interossei dorsales", (3031,)
)
"""Musculi interossei dorsales (MDC 7:772)."""

MusculiInterosseiDorsalesLeft: _Final[_Code] = _Code(
    "MDC", "7:773", "Musculi interossei dorsales, left", (3031,)
)
"""Musculi interossei dorsales, left (MDC 7:773)."""

MusculiInterosseiDorsalesRight: _Final[_Code] = _Code(
    "MDC", "7:774", "Musculi interossei dorsales, right", (3031,)
)
"""Musculi interossei dorsales, right (MDC 7:774)."""

MusculiInterosseiPalmares: _Final[_Code] = _Code(
    "MDC", "7:776", "Musculi interossei palmares", (3031,)
)
"""Musculi interossei palmares (MDC 7:776)."""

MusculiInterosseiPalmaresLeft: _Final[_Code] = _Code(
    "MDC", "7:777", "Musculi interossei palmares, left", (3031,)
)
"""Musculi interossei palmares, left (MDC 7:777)."""

MusculiInterosseiPalmaresRight: _Final[_Code] = _Code(
    "MDC", "7:778", "Musculi interossei palmares, right", (3031,)
)
"""Musculi interossei palmares, right (MDC 7:778)."""

MusculusIliopsoas: _Final[_Code] = _Code("MDC", "7:792", "Musculus iliopsoas", (3031,))
"""Musculus iliopsoas (MDC 7:792)."""

MusculusIliopsoasLeft: _Final[_Code] = _Code("MDC", "7:793", "Musculus iliopsoas, left", (3031,))
"""Musculus iliopsoas, left (MDC 7:793)."""

MusculusIliopsoasRight: _Final[_Code] = _Code("MDC", "7:794", "Musculus iliopsoas, right", (3031,))
"""Musculus iliopsoas, right (MDC 7:794)."""

MusculusGluteusMaximus: _Final[_Code] = _Code("MDC", "7:796", "Musculus gluteus maximus", (3031,))
"""Musculus gluteus maximus (MDC 7:796)."""

MusculusGluteusMaximusLeft: _Final[_Code] = _Code(
    "MDC", "7:797", "Musculus gluteus maximus, left", (3031,)
)
"""Musculus gluteus maximus, left (MDC 7:797)."""

MusculusGluteusMaximusRight: _Final[_Code] = _Code(
    "MDC", "7:798", "Musculus gluteus maximus, right", (3031,)
)
"""Musculus gluteus maximus, right (MDC 7:798)."""

MusculusGluteusMedius: _Final[_Code] = _Code("MDC", "7:800", "Musculus gluteus medius", (3031,))
"""Musculus gluteus medius (MDC 7:800)."""

MusculusGluteusMediusLeft: _Final[_Code] = _Code(
    "MDC", "7:801", "Musculus gluteus medius, left", (3031,)
)
"""Musculus gluteus medius, left (MDC 7:801)."""

MusculusGluteusMediusRight: _Final[_Code] = _Code(
    "MDC", "7:802", "Musculus gluteus medius, right", (3031,)
)
"""Musculus gluteus medius, right (MDC 7:802)."""

MusculusGluteusMinimus: _Final[_Code] = _Code("MDC", "7:804", "Musculus gluteus minimus", (3031,))
"""Musculus gluteus minimus (MDC 7:804)."""

MusculusGluteusMinimusLeft: _Final[_Code] = _Code(
    "MDC", "7:805", "Musculus gluteus minimus, left", (3031,)
)
"""Musculus gluteus minimus, left (MDC 7:805)."""

MusculusGluteusMinimusRight: _Final[_Code] = _Code(
    "MDC", "7:806", "Musculus gluteus minimus, right", (3031,)
)
"""Musculus gluteus minimus, right (MDC 7:806)."""

MusculusTensorFasciaeLatae: _Final[_Code] = _Code(
    "MDC", "7:808", "Musculus tensor fasciae latae", (3031,)
)
"""Musculus tensor fasciae latae (MDC 7:808)."""

MusculusTensorFasciaeLataeLeft: _Final[_Code] = _Code(
    "MDC", "7:809", "Musculus tensor fasciae latae, left", (3031,)
)
"""Musculus tensor fasciae latae, left (MDC 7:809)."""

MusculusTensorFasciaeLataeRight: _Final[_Code] = _Code(
    "MDC", "7:810", "Musculus tensor fasciae latae, right", (3031,)
)
"""Musculus tensor fasciae latae, right (MDC 7:810)."""

MusculusPiriformis: _Final[_Code] = _Code("MDC", "7:812", "Musculus piriformis", (3031,))
"""Musculus piriformis (MDC 7:812)."""

MusculusPiriformisLeft: _Final[_Code] = _Code("MDC", "7:813", "Musculus piriformis, left", (3031,))
"""Musculus piriformis, left (MDC 7:813)."""

MusculusPiriformisRight: _Final[_Code] = _Code(
    "MDC", "7:814", "Musculus piriformis, right", (3031,)
)
"""Musculus piriformis, right (MDC 7:814)."""

MusculusObturator: _Final[_Code] = _Code("MDC", "7:816", "Musculus obturator", (3031,))
"""Musculus obturator (MDC 7:816)."""

MusculusObturatorLeft: _Final[_Code] = _Code("MDC", "7:817", "Musculus obturator, left", (3031,))
"""Musculus obturator, left (MDC 7:817)."""

MusculusObturatorRight: _Final[_Code] = _Code("MDC", "7:818", "Musculus obturator, right", (3031,))
"""Musculus obturator, right (MDC 7:818)."""

MusculusGmellus: _Final[_Code] = _Code("MDC", "7:820", "Musculus gmellus", (3031,))
"""Musculus gmellus (MDC 7:820)."""

MusculusGmellusLeft: _Final[_Code] = _Code("MDC", "7:821", "Musculus gmellus, left", (3031,))
"""Musculus gmellus, left (MDC 7:821)."""

MusculusGmellusRight: _Final[_Code] = _Code("MDC", "7:822", "Musculus gmellus, right", (3031,))
"""Musculus gmellus, right (MDC 7:822)."""

MusculusQuadratusFemoris: _Final[_Code] = _Code(
    "MDC", "7:824", "Musculus quadratus femoris", (3031,)
)
"""Musculus quadratus femoris (MDC 7:824)."""

MusculusQuadratusFemorisLeft: _Final[_Code] = _Code(
    "MDC", "7:825", "Musculus quadratus femoris, left", (3031,)
)
"""Musculus quadratus femoris, left (MDC 7:825)."""

MusculusQuadratusFemorisRight: _Final[_Code] = _Code(
    "MDC", "7:826", "Musculus quadratus femoris, right", (3031,)
)
"""Musculus quadratus femoris, right (MDC 7:826)."""

MusculusSartorius: _Final[_Code] = _Code("MDC", "7:828", "Musculus sartorius", (3031,))
"""Musculus sartorius (MDC 7:828)."""

MusculusSartoriusLeft: _Final[_Code] = _Code("MDC", "7:829", "Musculus sartorius, left", (3031,))
"""Musculus sartorius, left (MDC 7:829)."""

MusculusSartoriusRight: _Final[_Code] = _Code("MDC", "7:830", "Musculus sartorius, right", (3031,))
"""Musculus sartorius, right (MDC 7:830)."""

MusculusQuadricepsFemoris: _Final[_Code] = _Code(
    "MDC", "7:832", "Musculus quadriceps femoris", (3031,)
)
"""Musculus quadriceps femoris (MDC 7:832)."""

MusculusQuadricepsFemorisLeft: _Final[_Code] = _Code(
    "MDC", "7:833", "Musculus quadriceps femoris, left", (3031,)
)
"""Musculus quadriceps femoris, left (MDC 7:833)."""

MusculusQuadricepsFemorisRight: _Final[_Code] = _Code(
    "MDC", "7:834", "Musculus quadriceps femoris, right", (3031,)
)
"""Musculus quadriceps femoris, right (MDC 7:834)."""

MusculusRectusFemoris: _Final[_Code] = _Code("MDC", "7:836", "Musculus rectus femoris", (3031,))
"""Musculus rectus femoris (MDC 7:836)."""

MusculusRectusFemorisLeft: _Final[_Code] = _Code(
    "MDC", "7:837", "Musculus rectus femoris, left", (3031,)
)
"""Musculus rectus femoris, left (MDC 7:837)."""

MusculusRectusFemorisRight: _Final[_Code] = _Code(
    "MDC", "7:838", "Musculus rectus femoris, right", (3031,)
)
"""Musculus rectus femoris, right (MDC 7:838)."""

MusculusVastusLateralis: _Final[_Code] = _Code("MDC", "7:840", "Musculus vastus lateralis", (3031,))
"""Musculus vastus lateralis (MDC 7:840)."""

MusculusVastusLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:841", "Musculus vastus lateralis, left", (3031,)
)
"""Musculus vastus lateralis, left (MDC 7:841)."""

MusculusVastusLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:842", "Musculus vastus lateralis, right", (3031,)
)
"""Musculus vastus lateralis, right (MDC 7:842)."""

MusculusVastusIntermedius: _Final[_Code] = _Code(
    "MDC", "7:844", "Musculus vastus intermedius", (3031,)
)
"""Musculus vastus intermedius (MDC 7:844)."""

MusculusVastusIntermediusLeft: _Final[_Code] = _Code(
    "MDC", "7:845", "Musculus vastus intermedius, left", (3031,)
)
"""Musculus vastus intermedius, left (MDC 7:845)."""

MusculusVastusIntermediusRight: _Final[_Code] = _Code(
    "MDC", "7:846", "Musculus vastus intermedius, right", (3031,)
)
"""Musculus vastus intermedius, right (MDC 7:846)."""

MusculusVastusMedialis: _Final[_Code] = _Code("MDC", "7:848", "Musculus vastus medialis", (3031,))
"""Musculus vastus medialis (MDC 7:848)."""

MusculusVastusMedialisLeft: _Final[_Code] = _Code(
    "MDC", "7:849", "Musculus vastus medialis, left", (3031,)
)
"""Musculus vastus medialis, left (MDC 7:849)."""

MusculusVastusMedialisRight: _Final[_Code] = _Code(
    "MDC", "7:850", "Musculus vastus medialis, right", (3031,)
)
"""Musculus vastus medialis, right (MDC 7:850)."""

MusculusPectineus: _Final[_Code] = _Code("MDC", "7:852", "Musculus pectineus", (3031,))
"""Musculus pectineus (MDC 7:852)."""

MusculusPectineusLeft: _Final[_Code] = _Code("MDC", "7:853", "Musculus pectineus, left", (3031,))
"""Musculus pectineus, left (MDC 7:853)."""

MusculusPectineusRight: _Final[_Code] = _Code("MDC", "7:854", "Musculus pectineus, right", (3031,))
"""Musculus pectineus, right (MDC 7:854)."""

MusculusAdductorLongus: _Final[_Code] = _Code("MDC", "7:856", "Musculus adductor longus", (3031,))
"""Musculus adductor longus (MDC 7:856)."""

MusculusAdductorLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:857", "Musculus adductor longus, left", (3031,)
)
"""Musculus adductor longus, left (MDC 7:857)."""

MusculusAdductorLongusRight: _Final[_Code] = _Code(
    "MDC", "7:858", "Musculus adductor longus, right", (3031,)
)
"""Musculus adductor longus, right (MDC 7:858)."""

MusculusAdductorBrevis: _Final[_Code] = _Code("MDC", "7:860", "Musculus adductor brevis", (3031,))
"""Musculus adductor brevis (MDC 7:860)."""

MusculusAdductorBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:861", "Musculus adductor brevis, left", (3031,)
)
"""Musculus adductor brevis, left (MDC 7:861)."""

MusculusAdductorBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:862", "Musculus adductor brevis, right", (3031,)
)
"""Musculus adductor brevis, right (MDC 7:862)."""

MusculusAdductorMagnus: _Final[_Code] = _Code("MDC", "7:864", "Musculus adductor magnus", (3031,))
"""Musculus adductor magnus (MDC 7:864)."""

MusculusAdductorMagnusLeft: _Final[_Code] = _Code(
    "MDC", "7:865", "Musculus adductor magnus, left", (3031,)
)
"""Musculus adductor magnus, left (MDC 7:865)."""

MusculusAdductorMagnusRight: _Final[_Code] = _Code(
    "MDC", "7:866", "Musculus adductor magnus, right", (3031,)
)
"""Musculus adductor magnus, right (MDC 7:866)."""

MusculusGracilis: _Final[_Code] = _Code("MDC", "7:868", "Musculus gracilis", (3031,))
"""Musculus gracilis (MDC 7:868)."""

MusculusGracilisLeft: _Final[_Code] = _Code("MDC", "7:869", "Musculus gracilis, left", (3031,))
"""Musculus gracilis, left (MDC 7:869)."""

MusculusGracilisRight: _Final[_Code] = _Code("MDC", "7:870", "Musculus gracilis, right", (3031,))
"""Musculus gracilis, right (MDC 7:870)."""

MusculusBicepsFemoris: _Final[_Code] = _Code("MDC", "7:872", "Musculus biceps femoris", (3031,))
"""Musculus biceps femoris (MDC 7:872)."""

MusculusBicepsFemorisLeft: _Final[_Code] = _Code(
    "MDC", "7:873", "Musculus biceps femoris, left", (3031,)
)
"""Musculus biceps femoris, left (MDC 7:873)."""

MusculusBicepsFemorisRight: _Final[_Code] = _Code(
    "MDC", "7:874", "Musculus biceps femoris, right", (3031,)
)
"""Musculus biceps femoris, right (MDC 7:874)."""

MusculusBicepsFemorisCaputLongum: _Final[_Code] = _Code(
    "MDC", "7:876", "Musculus biceps femoris Caput longum", (3031,)
)
"""Musculus biceps femoris Caput longum (MDC 7:876)."""

MusculusBicepsFemorisCaputLongumLeft: _Final[_Code] = _Code(
    "MDC", "7:877", "Musculus biceps femoris Caput longum, left", (3031,)
)
"""Musculus biceps femoris Caput longum, left (MDC 7:877)."""

MusculusBicepsFemorisCaputLongumRight: _Final[_Code] = _Code(
    "MDC", "7:878", "Musculus biceps femoris Caput longum, right", (3031,)
)
"""Musculus biceps femoris Caput longum, right (MDC 7:878)."""

MusculusBicepsFemorisCaputBreve: _Final[_Code] = _Code(
    "MDC", "7:880", "Musculus biceps femoris Caput breve", (3031,)
)
"""Musculus biceps femoris Caput breve (MDC 7:880)."""

MusculusBicepsFemorisCaputBreveLeft: _Final[_Code] = _Code(
    "MDC", "7:881", "Musculus biceps femoris Caput breve, left", (3031,)
)
"""Musculus biceps femoris Caput breve, left (MDC 7:881)."""

MusculusBicepsFemorisCaputBreveRight: _Final[_Code] = _Code(
    "MDC", "7:882", "Musculus biceps femoris Caput breve, right", (3031,)
)
"""Musculus biceps femoris Caput breve, right (MDC 7:882)."""

MusculusSemitendinosus: _Final[_Code] = _Code("MDC", "7:884", "Musculus semitendinosus", (3031,))
"""Musculus semitendinosus (MDC 7:884)."""

MusculusSemitendinosusLeft: _Final[_Code] = _Code(
    "MDC", "7:885", "Musculus semitendinosus, left", (3031,)
)
"""Musculus semitendinosus, left (MDC 7:885)."""

MusculusSemitendinosusRight: _Final[_Code] = _Code(
    "MDC", "7:886", "Musculus semitendinosus, right", (3031,)
)
"""Musculus semitendinosus, right (MDC 7:886)."""

MusculusSemimembranosus: _Final[_Code] = _Code("MDC", "7:888", "Musculus semimembranosus", (3031,))
"""Musculus semimembranosus (MDC 7:888)."""

MusculusSemimembranosusLeft: _Final[_Code] = _Code(
    "MDC", "7:889", "Musculus semimembranosus, left", (3031,)
)
"""Musculus semimembranosus, left (MDC 7:889)."""

MusculusSemimembranosusRight: _Final[_Code] = _Code(
    "MDC", "7:890", "Musculus semimembranosus, right", (3031,)
)
"""Musculus semimembranosus, right (MDC 7:890)."""

MusculusTibialisAnterior: _Final[_Code] = _Code(
    "MDC", "7:892", "Musculus tibialis anterior", (3031,)
)
"""Musculus tibialis anterior (MDC 7:892)."""

MusculusTibialisAnteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:893", "Musculus tibialis anterior, left", (3031,)
)
"""Musculus tibialis anterior, left (MDC 7:893)."""

MusculusTibialisAnteriorRight: _Final[_Code] = _Code(
    "MDC", "7:894", "Musculus tibialis anterior, right", (3031,)
)
"""Musculus tibialis anterior, right (MDC 7:894)."""

MusculusExtensorDigitorumLongus: _Final[_Code] = _Code(
    "MDC", "7:896", "Musculus extensor digitorum longus", (3031,)
)
"""Musculus extensor digitorum longus (MDC 7:896)."""

MusculusExtensorDigitorumLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:897", "Musculus extensor digitorum longus, left", (3031,)
)
"""Musculus extensor digitorum longus, left (MDC 7:897)."""

MusculusExtensorDigitorumLongusRight: _Final[_Code] = _Code(
    "MDC", "7:898", "Musculus extensor digitorum longus, right", (3031,)
)
"""Musculus extensor digitorum longus, right (MDC 7:898)."""

MusculusExtensorHallucisLongus: _Final[_Code] = _Code(
    "MDC", "7:900", "Musculus extensor hallucis longus", (3031,)
)
"""Musculus extensor hallucis longus (MDC 7:900)."""

MusculusExtensorHallucisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:901", "Musculus extensor hallucis longus, left", (3031,)
)
"""Musculus extensor hallucis longus, left (MDC 7:901)."""

MusculusExtensorHallucisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:902", "Musculus extensor hallucis longus, right", (3031,)
)
"""Musculus extensor hallucis longus, right (MDC 7:902)."""

MusculusPeroneusLongus: _Final[_Code] = _Code("MDC", "7:908", "Musculus peroneus longus", (3031,))
"""Musculus peroneus longus (MDC 7:908)."""

MusculusPeroneusLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:909", "Musculus peroneus longus, left", (3031,)
)
"""Musculus peroneus longus, left (MDC 7:909)."""

MusculusPeroneusLongusRight: _Final[_Code] = _Code(
    "MDC", "7:910", "Musculus peroneus longus, right", (3031,)
)
"""Musculus peroneus longus, right (MDC 7:910)."""

MusculusPeroneusBrevis: _Final[_Code] = _Code("MDC", "7:912", "Musculus peroneus brevis", (3031,))
"""Musculus peroneus brevis (MDC 7:912)."""

MusculusPeroneusBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:913", "Musculus peroneus brevis, left", (3031,)
)
"""Musculus peroneus brevis, left (MDC 7:913)."""

MusculusPeroneusBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:914", "Musculus peroneus brevis, right", (3031,)
)
"""Musculus peroneus brevis, right (MDC 7:914)."""

MusculustricepsSurae: _Final[_Code] = _Code("MDC", "7:916", "Musculustriceps surae", (3031,))
"""Musculustriceps surae (MDC 7:916)."""

MusculustricepsSuraeLeft: _Final[_Code] = _Code(
    "MDC", "7:917", "Musculustriceps surae, left", (3031,)
)
"""Musculustriceps surae, left (MDC 7:917)."""

MusculustricepsSuraeRight: _Final[_Code] = _Code(
    "MDC", "7:918", "Musculustriceps surae, right", (3031,)
)
"""Musculustriceps surae, right (MDC 7:918)."""

MusculusGastrocnemius: _Final[_Code] = _Code("MDC", "7:920", "Musculus gastrocnemius", (3031,))
"""Musculus gastrocnemius (MDC 7:920)."""

MusculusGastrocnemiusLeft: _Final[_Code] = _Code(
    "MDC", "7:921", "Musculus gastrocnemius, left", (3031,)
)
"""Musculus gastrocnemius, left (MDC 7:921)."""

MusculusGastrocnemiusRight: _Final[_Code] = _Code(
    "MDC", "7:922", "Musculus gastrocnemius, right", (3031,)
)
"""Musculus gastrocnemius, right (MDC 7:922)."""

MusculusGastrocnemiusCaputLaterale: _Final[_Code] = _Code(
    "MDC", "7:924", "Musculus gastrocnemius Caput laterale", (3031,)
)
"""Musculus gastrocnemius Caput laterale (MDC 7:924)."""

MusculusGastrocnemiusCaputLateraleLeft: _Final[_Code] = _Code(
    "MDC", "7:925", "Musculus gastrocnemius Caput laterale, left", (3031,)
)
"""Musculus gastrocnemius Caput laterale, left (MDC 7:925)."""

MusculusGastrocnemiusCaputLateraleRight: _Final[_Code] = _Code(
    "MDC", "7:926", "Musculus gastrocnemius Caput laterale, right", (3031,)
)
"""Musculus gastrocnemius Caput laterale, right (MDC 7:926)."""

MusculusGastrocnemiusCaputMediale: _Final[_Code] = _Code(
    "MDC", "7:928", "Musculus gastrocnemius Caput mediale", (3031,)
)
"""Musculus gastrocnemius Caput mediale (MDC 7:928)."""

MusculusGastrocnemiusCaputMedialeLeft: _Final[_Code] = _Code(
    "MDC", "7:929", "Musculus gastrocnemius Caput mediale, left", (3031,)
)
"""Musculus gastrocnemius Caput mediale, left (MDC 7:929)."""

MusculusGastrocnemiusCaputMedialeRight: _Final[_Code] = _Code(
    "MDC", "7:930", "Musculus gastrocnemius Caput mediale, right", (3031,)
)
"""Musculus gastrocnemius Caput mediale, right (MDC 7:930)."""

MusculusSoleus: _Final[_Code] = _Code("MDC", "7:932", "Musculus soleus", (3031,))
"""Musculus soleus (MDC 7:932)."""

MusculusSoleusLeft: _Final[_Code] = _Code("MDC", "7:933", "Musculus soleus, left", (3031,))
"""Musculus soleus, left (MDC 7:933)."""

MusculusSoleusRight: _Final[_Code] = _Code("MDC", "7:934", "Musculus soleus, right", (3031,))
"""Musculus soleus, right (MDC 7:934)."""

MusculusPlantaris: _Final[_Code] = _Code("MDC", "7:936", "Musculus plantaris", (3031,))
"""Musculus plantaris (MDC 7:936)."""

MusculusPlantarisLeft: _Final[_Code] = _Code("MDC", "7:937", "Musculus plantaris, left", (3031,))
"""Musculus plantaris, left (MDC 7:937)."""

MusculusPlantarisRight: _Final[_Code] = _Code("MDC", "7:938", "Musculus plantaris, right", (3031,))
"""Musculus plantaris, right (MDC 7:938)."""

MusculusPopliteus: _Final[_Code] = _Code("MDC", "7:940", "Musculus popliteus", (3031,))
"""Musculus popliteus (MDC 7:940)."""

MusculusPopliteusLeft: _Final[_Code] = _Code("MDC", "7:941", "Musculus popliteus, left", (3031,))
"""Musculus popliteus, left (MDC 7:941)."""

MusculusPopliteusRight: _Final[_Code] = _Code("MDC", "7:942", "Musculus popliteus, right", (3031,))
"""Musculus popliteus, right (MDC 7:942)."""

MusculusTibialisPosterior: _Final[_Code] = _Code(
    "MDC", "7:944", "Musculus tibialis posterior", (3031,)
)
"""Musculus tibialis posterior (MDC 7:944)."""

MusculusTibialisPosteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:945", "Musculus tibialis posterior, left", (3031,)
)
"""Musculus tibialis posterior, left (MDC 7:945)."""

MusculusTibialisPosteriorRight: _Final[_Code] = _Code(
    "MDC", "7:946", "Musculus tibialis posterior, right", (3031,)
)
"""Musculus tibialis posterior, right (MDC 7:946)."""

MusculusFlexorDigitorumLongus: _Final[_Code] = _Code(
    "MDC", "7:948", "Musculus flexor digitorum longus", (3031,)
)
"""Musculus flexor digitorum longus (MDC 7:948)."""

MusculusFlexorDigitorumLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:949", "Musculus flexor digitorum longus, left", (3031,)
)
"""Musculus flexor digitorum longus, left (MDC 7:949)."""

MusculusFlexorDigitorumLongusRight: _Final[_Code] = _Code(
    "MDC", "7:950", "Musculus flexor digitorum longus, right", (3031,)
)
"""Musculus flexor digitorum longus, right (MDC 7:950)."""

MusculusExtensorHallucisBrevis: _Final[_Code] = _Code(
    "MDC", "7:952", "Musculus extensor hallucis brevis", (3031,)
)
"""Musculus extensor hallucis brevis (MDC 7:952)."""

MusculusExtensorHallucisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:953", "Musculus extensor hallucis brevis, left", (3031,)
)
"""Musculus extensor hallucis brevis, left (MDC 7:953)."""

MusculusExtensorHallucisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:954", "Musculus extensor hallucis brevis, right", (3031,)
)
"""Musculus extensor hallucis brevis, right (MDC 7:954)."""

MusculusExtensorDigitorumBrevis: _Final[_Code] = _Code(
    "MDC", "7:956", "Musculus extensor digitorum brevis", (3031,)
)
"""Musculus extensor digitorum brevis (MDC 7:956)."""

MusculusExtensorDigitorumBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:957", "Musculus extensor digitorum brevis, left", (3031,)
)
"""Musculus extensor digitorum brevis, left (MDC 7:957)."""

MusculusExtensorDigitorumBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:958", "Musculus extensor digitorum brevis, right", (3031,)
)
"""Musculus extensor digitorum brevis, right (MDC 7:958)."""

MusculusAbductorHallucis: _Final[_Code] = _Code(
    "MDC", "7:960", "Musculus abductor hallucis", (3031,)
)
"""Musculus abductor hallucis (MDC 7:960)."""

MusculusAbductorHallucisLeft: _Final[_Code] = _Code(
    "MDC", "7:961", "Musculus abductor hallucis, left", (3031,)
)
"""Musculus abductor hallucis, left (MDC 7:961)."""

MusculusAbductorHallucisRight: _Final[_Code] = _Code(
    "MDC", "7:962", "Musculus abductor hallucis, right", (3031,)
)
"""Musculus abductor hallucis, right (MDC 7:962)."""

MusculusFlexorHallucisBrevis: _Final[_Code] = _Code(
    "MDC", "7:964", "Musculus flexor hallucis brevis", (3031,)
)
"""Musculus flexor hallucis brevis (MDC 7:964)."""

MusculusFlexorHallucisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:965", "Musculus flexor hallucis brevis, left", (3031,)
)
"""Musculus flexor hallucis brevis, left (MDC 7:965)."""

MusculusFlexorHallucisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:966", "Musculus flexor hallucis brevis, right", (3031,)
)
"""Musculus flexor hallucis brevis, right (MDC 7:966)."""

MusculusAdductorHallucis_7_968: _Final[_Code] = _Code(
    "MDC", "7:968", "Musculus adductor hallucis", (3031,)
)
"""Musculus adductor hallucis (MDC 7:968)."""

MusculusAdductorHallucisLeft: _Final[_Code] = _Code(
    "MDC", "7:969", "Musculus adductor hallucis, left", (3031,)
)
"""Musculus adductor hallucis, left (MDC 7:969)."""

MusculusAdductorHallucis_7_970: _Final[_Code] = _Code(
    "MDC", "7:970", "Musculus adductor hallucis", (3031,)
)
"""Musculus adductor hallucis (MDC 7:970)."""

MusculusAbductorDigitiMinimi_7_972: _Final[_Code] = _Code(
    "MDC", "7:972", "Musculus abductor digiti minimi", (3031,)
)
"""Musculus abductor digiti minimi (MDC 7:972)."""

MusculusAbductorDigitiMinimiLeft_7_973: _Final[_Code] = _Code(
    "MDC", "7:973", "Musculus abductor digiti minimi, left", (3031,)
)
"""Musculus abductor digiti minimi, left (MDC 7:973)."""

MusculusAbductorDigitiMinimi_7_974: _Final[_Code] = _Code(
    "MDC", "7:974", "Musculus abductor digiti minimi", (3031,)
)
"""Musculus abductor digiti minimi (MDC 7:974)."""

MusculusFlexorDigitiMinimiBrevis_7_976: _Final[_Code] = _Code(
    "MDC", "7:976", "Musculus flexor digiti minimi brevis", (3031,)
)
"""Musculus flexor digiti minimi brevis (MDC 7:976)."""

MusculusFlexorDigitiMinimiBrevisLeft_7_977: _Final[_Code] = _Code(
    "MDC", "7:977", "Musculus flexor digiti minimi brevis, left", (3031,)
)
"""Musculus flexor digiti minimi brevis, left (MDC 7:977)."""

MusculusFlexorDigitiMinimiBrevisRight_7_978: _Final[_Code] = _Code(
    "MDC", "7:978", "Musculus flexor digiti minimi brevis, right", (3031,)
)
"""Musculus flexor digiti minimi brevis, right (MDC 7:978)."""

MusculusQuadratusPlantae: _Final[_Code] = _Code(
    "MDC", "7:980", "Musculus quadratus plantae", (3031,)
)
"""Musculus quadratus plantae (MDC 7:980)."""

MusculusQuadratusPlantaeLeft: _Final[_Code] = _Code(
    "MDC", "7:981", "Musculus quadratus plantae, left", (3031,)
)
"""Musculus quadratus plantae, left (MDC 7:981)."""

MusculusQuadratusPlantaeRight: _Final[_Code] = _Code(
    "MDC", "7:982", "Musculus quadratus plantae, right", (3031,)
)
"""Musculus quadratus plantae, right (MDC 7:982)."""

MusculiLunbricales: _Final[_Code] = _Code("MDC", "7:984", "Musculi lunbricales", (3031,))
"""Musculi lunbricales (MDC 7:984)."""

MusculiLunbricalesLeft: _Final[_Code] = _Code("MDC", "7:985", "Musculi lunbricales, left", (3031,))
"""Musculi lunbricales, left (MDC 7:985)."""

MusculiLunbricalesRight: _Final[_Code] = _Code(
    "MDC", "7:986", "Musculi lunbricales, right", (3031,)
)
"""Musculi lunbricales, right (MDC 7:986)."""

MusculusInterosseiDorsales: _Final[_Code] = _Code(
    "MDC", "7:988", "Musculus interossei dorsales", (3031,)
)
"""Musculus interossei dorsales (MDC 7:988)."""

MusculusInterosseiDorsalesLeft: _Final[_Code] = _Code(
    "MDC", "7:989", "Musculus interossei dorsales, left", (3031,)
)
"""Musculus interossei dorsales, left (MDC 7:989)."""

MusculusInterosseiDorsalesRight: _Final[_Code] = _Code(
    "MDC", "7:990", "Musculus interossei dorsales, right", (3031,)
)
"""Musculus interossei dorsales, right (MDC 7:990)."""

MusculusInterosseiPlantares: _Final[_Code] = _Code(
    "MDC", "7:992", "Musculus interossei plantares", (3031,)
)
"""Musculus interossei plantares (MDC 7:992)."""

MusculusInterosseiPlantaresLeft: _Final[_Code] = _Code(
    "MDC", "7:993", "Musculus interossei plantares, left", (3031,)
)
"""Musculus interossei plantares, left (MDC 7:993)."""

MusculusInterosseiPlantaresRight: _Final[_Code] = _Code(
    "MDC", "7:994", "Musculus interossei plantares, right", (3031,)
)
"""Musculus interossei plantares, right (MDC 7:994)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MusculiCapitis,
    MusculiCapitisLeft,
    MusculiCapitisRight,
    MusculiBulbi,
    MusculiBulbiLeft,
    MusculiBulbiRight,
    MusculusRectusSuperior,
    MusculusRectusSuperiorLeft,
    MusculusRectusSuperiorRight,
    MusculusRectusInferior,
    MusculusRectusInferiorLeft,
    MusculusRectusInferiorRight,
    MusculusRectusMedialis,
    MusculusRectusMedialisLeft,
    MusculusRectusMedialisRight,
    MusculusRectusLateralis,
    MusculusRectusLateralisLeft,
    MusculusRectusLateralisRight,
    MusculusObliquusSuperior,
    MusculusObliquusSuperiorLeft,
    MusculusObliquusSuperiorRight,
    MusculusObliquusInferior,
    MusculusObliquusInferiorLeft,
    MusculusObliquusInferiorRight,
    MusculiFacialesEtMasticatores,
    MusculiFacialesEtMasticatoresLeft,
    MusculiFacialesEtMasticatoresRight,
    MusculusOccipitofrontalisVenterFrontalis,
    MusculusOccipitofrontalisVenterFrontalisLeft,
    MusculusOccipitofrontalisVenterFrontalisRight,
    MusculusOrbicularisOculi,
    MusculusOrbicularisOculiLeft,
    MusculusOrbicularisOculiRight,
    MusculusOrbicularisOculiParsOrbitalis,
    MusculusOrbicularisOculiParsOrbitalisLeft,
    MusculusOrbicularisOculiParsOrbitalisRight,
    MusculusAuricularisPosterior,
    MusculusAuricularisPosteriorLeft,
    MusculusAuricularisPosteriorRight,
    MusculusOrbicularisOris,
    MusculusOrbicularisOrisLeft,
    MusculusOrbicularisOrisRight,
    MusculusDepressorAnguliOris,
    MusculusDepressorAnguliOrisLeft,
    MusculusDepressorAnguliOrisRight,
    MusculusRisorius,
    MusculusRisoriusLeft,
    MusculusRisoriusRight,
    MusculusZygomaticusMajor,
    MusculusZygomaticusMajorLeft,
    MusculusZygomaticusMajorRight,
    MusculusZygomaticusMinor,
    MusculusZygomaticusMinorLeft,
    MusculusZygomaticusMinorRight,
    MusculusLevatorLabiiSuperioris,
    MusculusLevatorLabiiSuperiorisLeft,
    MusculusLevatorLabiiSuperiorisRight,
    MusculusLevatorLabiiSuperiorisAlaequeNasi,
    MusculusLevatorLabiiSuperiorisAlaequeNasiLeft,
    MusculusLevatorLabiiSuperiorisAlaequeNasiRight,
    MusculusDepressorLabiiInferioris,
    MusculusDepressorLabiiInferiorisLeft,
    MusculusDepressorLabiiInferiorisRight,
    MusculusLevatorAnguliOris,
    MusculusLevatorAnguliOrisLeft,
    MusculusLevatorAnguliOrisRight,
    MusculusBuccinator,
    MusculusBuccinatorLeft,
    MusculusBuccinatorRight,
    MusculusMentalis,
    MusculusMentalisLeft,
    MusculusMentalisRight,
    MusculusMasseter,
    MusculusMasseterLeft,
    MusculusMasseterRight,
    MusculusTemporalis,
    MusculusTemporalisLeft,
    MusculusTemporalisRight,
    MusculusPterygoideus,
    MusculusPterygoideusLeft,
    MusculusPterygoideusRight,
    MusculusPterygoideusLateralis,
    MusculusPterygoideusLateralisLeft,
    MusculusPterygoideusLateralisRight,
    MusculusPterygoideusMedialis,
    MusculusPterygoideusMedialisLeft,
    MusculusPterygoideusMedialisRight,
    MusculiLinguae,
    MusculiLinguaeLeft,
    MusculiLinguaeRight,
    MusculusGenioglossus,
    MusculusGenioglossusLeft,
    MusculusGenioglossusRight,
    MusculiLaringis,
    MusculiLaringisLeft,
    MusculiLaringisRight,
    MusculusCricothyroideus,
    MusculusCricothyroideusLeft,
    MusculusCricothyroideusRight,
    MusculusTyroartenoideus,
    MusculusTyroartenoideusLeft,
    MusculusTyroartenoideusRight,
    MusculiColli,
    MusculiColliLeft,
    MusculiColliRight,
    Platysma,
    PlatysmaLeft,
    PlatysmaRight,
    MusculusCapitisLongus,
    MusculusCapitisLongusLeft,
    MusculusCapitisLongusRight,
    MusculusSternocleidomastoideus,
    MusculusSternocleidomastoideusLeft,
    MusculusSternocleidomastoideusRight,
    MusculusDigastricus,
    MusculusDigastricusLeft,
    MusculusDigastricusRight,
    MusculusDigastricusVenterAnterior,
    MusculusDigastricusVenterAnteriorLeft,
    MusculusDigastricusVenterAnteriorRight,
    MusculusDigastricusVenterPosterior,
    MusculusDigastricusVenterPosteriorLeft,
    MusculusDigastricusVenterPosteriorRight,
    MusculusMylohyoideus,
    MusculusMylohyoideusLeft,
    MusculusMylohyoideusRight,
    MusculiDorsi,
    MusculiDorsiLeft,
    MusculiDorsiRight,
    MusculusTrapezius,
    MusculusTrapeziusLeft,
    MusculusTrapeziusRight,
    MusculusLatissimusDorsi,
    MusculusLatissimusDorsiLeft,
    MusculusLatissimusDorsiRight,
    MusculusRhomboideusMajor,
    MusculusRhomboideusMajorLeft,
    MusculusRhomboideusMajorRight,
    MusculusRhomboideusMinor,
    MusculusRhomboideusMinorLeft,
    MusculusRhomboideusMinorRight,
    MusculusLevatorScapulae,
    MusculusLevatorScapulaeLeft,
    MusculusLevatorScapulaeRight,
    MusculusSerratusPosterior,
    MusculusSerratusPosteriorLeft,
    MusculusSerratusPosteriorRight,
    MusculusSpleniusCapitis,
    MusculusSpleniusCapitisLeft,
    MusculusSpleniusCapitisRight,
    MusculusSpleniusCervicis,
    MusculusSpleniusCervicisLeft,
    MusculusSpleniusCervicisRight,
    MusculusSplenius,
    MusculusSpleniusLeft,
    MusculusSpleniusRight,
    MusculusErectorSpinae,
    MusculusErectorSpinaeLeft,
    MusculusErectorSpinaeRight,
    MusculusSpinalis,
    MusculusSpinalisLeft,
    MusculusSpinalisRight,
    MusculusSpinalisThoracis,
    MusculusSpinalisThoracisLeft,
    MusculusSpinalisThoracisRight,
    MusculusSpinalisCervicis,
    MusculusSpinalisCervicisLeft,
    MusculusSpinalisCervicisRight,
    MusculusSpinalisCapitis,
    MusculusSpinalisCapitisLeft,
    MusculusSpinalisCapitisRight,
    MusculusSemispinalis,
    MusculusSemispinalisLeft,
    MusculusSemispinalisRight,
    MusculusSemispinalisThoracis,
    MusculusSemispinalisThoracisLeft,
    MusculusSemispinalisThoracisRight,
    MusculusSemispinalisCervicis,
    MusculusSemispinalisCervicisLeft,
    MusculusSemispinalisCervicisRight,
    MusculusSemispinalisCapitis,
    MusculusSemispinalisCapitisLeft,
    MusculusSemispinalisCapitisRight,
    MusculiMultifidii,
    MusculiMultifidiiLeft,
    MusculiMultifidiiRight,
    MusculiInterspinales,
    MusculiInterspinalesLeft,
    MusculiInterpsinalesRight,
    MusculiInterspinalesCervicis,
    MusculiInterspinalesCervicisLeft,
    MusculiInterspinalesCervicisRight,
    MusculiInterspinalesThoracis,
    MusculiInterspinalesThoracisLeft,
    MusculiInterspinalesThoracisRight,
    MusculiInterspinalesLumborum,
    MusculiInterspinalesLumborumLeft,
    MusculiInterspinalesLumborumRight,
    MusculiThoracis,
    MusculiThoracisLeft,
    MusculiThoracisRight,
    MusculusPectoralisMajor,
    MusculusPectoralisMajorLeft,
    MusculusPectoralisMajorRight,
    MusculusPectoralisMinor,
    MusculusPectoralisMinorLeft,
    MusculusPectoralisMinorRight,
    MusculusSubclavius,
    MusculusSubclaviusLeft,
    MusculusSubclaviusRight,
    MusculusSerratusAnterior,
    MusculusSerratusAnteriorLeft,
    MusculusSerratusAnteriorRight,
    MusculiIntercostales,
    MusculiIntercostalesLeft,
    MusculiIntercostalesRight,
    Diaphragma,
    DiaphragmaLeft,
    DiaphragmaRight,
    MusculiAbdominis,
    MusculiAbdominisLeft,
    MusculiAbdominisRight,
    MusculusRectusAbdominis,
    MusculusRectusAbdominisLeft,
    MusculusRectusAbdominisRight,
    MusculusObliquusExternusAbdominis,
    MusculusObliquusExternusAbdominisLeft,
    MusculusObliquusExternusAbdominisRight,
    MusculusObliquusInternusAbdominis,
    MusculusObliquusInternusAbdominisLeft,
    MusculusObliquusInternusAbdominisRight,
    MusculusTransversusAbdominis,
    MusculusTransversusAbdominisLeft,
    MusculusTransversusAbdominisRight,
    MusculusQuadratusLumborum,
    MusculusQuadratusLumborumLeft,
    MusculusQuadratusLumborumRight,
    MusculiDiaphragmatisPelvis,
    MusculiDiaphragmatisPelvisLeft,
    MusculiDiaphragmatisPelvisRight,
    MusculusPuborectalis,
    MusculusPuborectalisLeft,
    MusculusPuborectalisRight,
    MusculusCoccygeus,
    MusculusCoccygeusLeft,
    MusculusCoccygeusRight,
    MusculusSphincterAni,
    MusculusSphincterAniExternus,
    MusculiMembriSuperioris,
    MusculiMembriSuperiorisLeft,
    MusculiMembriSuperioriRight,
    MusculusDeltoideus,
    MusculusDeltoideusLeft,
    MusculusDeltoideusRight,
    MusculusSupraspinatus,
    MusculusSupraspinatusLeft,
    MusculusSupraspinatusRight,
    MusculusInfraspinatus,
    MusculusInfraspinatusLeft,
    MusculusInfraspinatusRight,
    MusculusTeresMinor,
    MusculusTeresMinorLeft,
    MusculusTeresMinorRight,
    MusculusTeresMajor,
    MusculusTeresMajorLeft,
    MusculusTeresMajorRight,
    MusculusSubscapularis,
    MusculusSubscapularisLeft,
    MusculusSubscapularisRight,
    MusculusBicepsBrachii,
    MusculusBicepsBrachiiLeft,
    MusculusBicepsBrachiiRight,
    MusculusBrachialis,
    MusculusBrachialisLeft,
    MusculusBrachialisRight,
    MusculusCoracobrachialis,
    MusculusCoracobrachialisLeft,
    MusculusCoracobrachialisRight,
    MusculusTricepsBrachii,
    MusculusTricepsBrachiiLeft,
    MusculusTricepsBrachiiRight,
    MusculusTricepsBrachiiCaputLongum,
    MusculusTricepsBrachiiCaputLongumLeft,
    MusculusTricepsBrachiiCaputLongumRight,
    MusculusTricepsBrachiiCaputLaterale,
    MusculusTricepsBrachiiCaputLateraleLeft,
    MusculusTricepsBrachiiCaputLateraleRight,
    MusculusTricepsBrachiiCaputMediale,
    MusculusTricepsBrachiiCaputMedialeLeft,
    MusculusTricepsBrachiiCaputMedialeRight,
    MusculusAnconeus,
    MusculusAnconeusLeft,
    MusculusAnconeusRight,
    MusculusPronatorTeres,
    MusculusPronatorTeresLeft,
    MusculusPronatorTeresRight,
    MusculusFlexorCarpiRadialis,
    MusculusFlexorCarpiRadialisLeft,
    MusculusFlexorCarpiRadialisRight,
    MusculusPalmarisLongus,
    MusculusPalmarisLongusLeft,
    MusculusPalmarisLongusRight,
    MusculusFlexorCarpiUlnaris,
    MusculusFlexorCarpiUlnarisLeft,
    MusculusFlexorCarpiUlnarisRight,
    MusculusFlexorDigitorumSuperficialis,
    MusculusFlexorDigitorumSuperficialisLeft,
    MusculusFlexorDigitorumSuperficialisRight,
    MusculusFlexorDigitorumProfundus,
    MusculusFlexorDigitorumProfundusLeft,
    MusculusFlexorDigitorumProfundusRight,
    MusculusFlexorPollicisLongus,
    MusculusFlexorPollicisLongusLeft,
    MusculusFlexorPollicisLongusRight,
    MusculusPronatorQuadratus,
    MusculusPronatorQuadratusLeft,
    MusculusPronatorQuadratusRight,
    MusculusBrachioradialis,
    MusculusBrachioradialisLeft,
    MusculusBrachioradialisRight,
    MusculusExtensorCarpiRadialisLongus,
    MusculusExtensorCarpiRadialisLongusLeft,
    MusculusExtensorCarpiRadialisLongusRight,
    MusculusExtensorCarpiRadialisBrevis,
    MusculusExtensorCarpiRadialisBrevisLeft,
    MusculusExtensorCarpiRadialisBrevisRight,
    MusculusExtensorDigitorum,
    MusculusExtensorDigitorumLeft,
    MusculusExtensorDigitorumRight,
    MusculusExtensorDigitiMinimi,
    MusculusExtensorDigitiMinimiLeft,
    MusculusExtensorDigitiMinimiRight,
    MusculusExtensorCarpiUlnaris,
    MusculusExtensorCarpiUlnarisLeft,
    MusculusExtensorCarpiUlnarisRight,
    MusculusSupinator,
    MusculusSupinatorLeft,
    MusculusSupinatorRight,
    MusculusAbductorPollicisLonguss,
    MusculusAbductorPollicisLongussLeft,
    MusculusAbductorPollicisLongussRight,
    MusculusExtensorPollicisBrevis,
    MusculusExtensorPollicisBrevisLeft,
    MusculusExtensorPollicisBrevisRight,
    MusculusExtensorPollicisLongus,
    MusculusExtensorPollicisLongusLeft,
    MusculusExtensorPollicisLongusRight,
    MusculusExtensorIndicis,
    MusculusExtensorIndicisLeft,
    MusculusExtensorIndicisRight,
    MusculusPalmarisBrevis,
    MusculusPalmarisBrevisLeft,
    MusculusPalmarisBrevisRight,
    MusculusAbductorPollicisBrevis,
    MusculusAbductorPollicisBrevisLeft,
    MusculusAbductorPollicisBrevisRight,
    MusculusFlexorPollicisBrevis,
    MusculusFlexorPollicisBrevisLeft,
    MusculusFlexorPollicisBrevisRight,
    MusculusOpponensPollicis,
    MusculusOpponensPollicisLeft,
    MusculusOpponensPollicisRight,
    MusculusAdductorPollicis,
    MusculusAdductorPollicisLeft,
    MusculusAdductorPollicisRight,
    MusculusAbductorDigitiMinimi_7_756,
    MusculusAbductorDigitiMinimiLeft_7_757,
    MusculusAbductorDigitiMinimiRight,
    MusculusFlexorDigitiMinimiBrevis_7_760,
    MusculusFlexorDigitiMinimiBrevisLeft_7_761,
    MusculusFlexorDigitiMinimiBrevisRight_7_762,
    MusculusOpponensDigitiMinimi,
    MusculusOpponensDigitiMinimiLeft,
    MusculusOpponensDigitiMinimiRight,
    MusculiLumbricales,
    MusculiLumbricalesLeft,
    MusculiLumbricalesRight,
    MusculiInterosseiDorsales,
    MusculiInterosseiDorsalesLeft,
    MusculiInterosseiDorsalesRight,
    MusculiInterosseiPalmares,
    MusculiInterosseiPalmaresLeft,
    MusculiInterosseiPalmaresRight,
    MusculusIliopsoas,
    MusculusIliopsoasLeft,
    MusculusIliopsoasRight,
    MusculusGluteusMaximus,
    MusculusGluteusMaximusLeft,
    MusculusGluteusMaximusRight,
    MusculusGluteusMedius,
    MusculusGluteusMediusLeft,
    MusculusGluteusMediusRight,
    MusculusGluteusMinimus,
    MusculusGluteusMinimusLeft,
    MusculusGluteusMinimusRight,
    MusculusTensorFasciaeLatae,
    MusculusTensorFasciaeLataeLeft,
    MusculusTensorFasciaeLataeRight,
    MusculusPiriformis,
    MusculusPiriformisLeft,
    MusculusPiriformisRight,
    MusculusObturator,
    MusculusObturatorLeft,
    MusculusObturatorRight,
    MusculusGmellus,
    MusculusGmellusLeft,
    MusculusGmellusRight,
    MusculusQuadratusFemoris,
    MusculusQuadratusFemorisLeft,
    MusculusQuadratusFemorisRight,
    MusculusSartorius,
    MusculusSartoriusLeft,
    MusculusSartoriusRight,
    MusculusQuadricepsFemoris,
    MusculusQuadricepsFemorisLeft,
    MusculusQuadricepsFemorisRight,
    MusculusRectusFemoris,
    MusculusRectusFemorisLeft,
    MusculusRectusFemorisRight,
    MusculusVastusLateralis,
    MusculusVastusLateralisLeft,
    MusculusVastusLateralisRight,
    MusculusVastusIntermedius,
    MusculusVastusIntermediusLeft,
    MusculusVastusIntermediusRight,
    MusculusVastusMedialis,
    MusculusVastusMedialisLeft,
    MusculusVastusMedialisRight,
    MusculusPectineus,
    MusculusPectineusLeft,
    MusculusPectineusRight,
    MusculusAdductorLongus,
    MusculusAdductorLongusLeft,
    MusculusAdductorLongusRight,
    MusculusAdductorBrevis,
    MusculusAdductorBrevisLeft,
    MusculusAdductorBrevisRight,
    MusculusAdductorMagnus,
    MusculusAdductorMagnusLeft,
    MusculusAdductorMagnusRight,
    MusculusGracilis,
    MusculusGracilisLeft,
    MusculusGracilisRight,
    MusculusBicepsFemoris,
    MusculusBicepsFemorisLeft,
    MusculusBicepsFemorisRight,
    MusculusBicepsFemorisCaputLongum,
    MusculusBicepsFemorisCaputLongumLeft,
    MusculusBicepsFemorisCaputLongumRight,
    MusculusBicepsFemorisCaputBreve,
    MusculusBicepsFemorisCaputBreveLeft,
    MusculusBicepsFemorisCaputBreveRight,
    MusculusSemitendinosus,
    MusculusSemitendinosusLeft,
    MusculusSemitendinosusRight,
    MusculusSemimembranosus,
    MusculusSemimembranosusLeft,
    MusculusSemimembranosusRight,
    MusculusTibialisAnterior,
    MusculusTibialisAnteriorLeft,
    MusculusTibialisAnteriorRight,
    MusculusExtensorDigitorumLongus,
    MusculusExtensorDigitorumLongusLeft,
    MusculusExtensorDigitorumLongusRight,
    MusculusExtensorHallucisLongus,
    MusculusExtensorHallucisLongusLeft,
    MusculusExtensorHallucisLongusRight,
    MusculusPeroneusLongus,
    MusculusPeroneusLongusLeft,
    MusculusPeroneusLongusRight,
    MusculusPeroneusBrevis,
    MusculusPeroneusBrevisLeft,
    MusculusPeroneusBrevisRight,
    MusculustricepsSurae,
    MusculustricepsSuraeLeft,
    MusculustricepsSuraeRight,
    MusculusGastrocnemius,
    MusculusGastrocnemiusLeft,
    MusculusGastrocnemiusRight,
    MusculusGastrocnemiusCaputLaterale,
    MusculusGastrocnemiusCaputLateraleLeft,
    MusculusGastrocnemiusCaputLateraleRight,
    MusculusGastrocnemiusCaputMediale,
    MusculusGastrocnemiusCaputMedialeLeft,
    MusculusGastrocnemiusCaputMedialeRight,
    MusculusSoleus,
    MusculusSoleusLeft,
    MusculusSoleusRight,
    MusculusPlantaris,
    MusculusPlantarisLeft,
    MusculusPlantarisRight,
    MusculusPopliteus,
    MusculusPopliteusLeft,
    MusculusPopliteusRight,
    MusculusTibialisPosterior,
    MusculusTibialisPosteriorLeft,
    MusculusTibialisPosteriorRight,
    MusculusFlexorDigitorumLongus,
    MusculusFlexorDigitorumLongusLeft,
    MusculusFlexorDigitorumLongusRight,
    MusculusExtensorHallucisBrevis,
    MusculusExtensorHallucisBrevisLeft,
    MusculusExtensorHallucisBrevisRight,
    MusculusExtensorDigitorumBrevis,
    MusculusExtensorDigitorumBrevisLeft,
    MusculusExtensorDigitorumBrevisRight,
    MusculusAbductorHallucis,
    MusculusAbductorHallucisLeft,
    MusculusAbductorHallucisRight,
    MusculusFlexorHallucisBrevis,
    MusculusFlexorHallucisBrevisLeft,
    MusculusFlexorHallucisBrevisRight,
    MusculusAdductorHallucis_7_968,
    MusculusAdductorHallucisLeft,
    MusculusAdductorHallucis_7_970,
    MusculusAbductorDigitiMinimi_7_972,
    MusculusAbductorDigitiMinimiLeft_7_973,
    MusculusAbductorDigitiMinimi_7_974,
    MusculusFlexorDigitiMinimiBrevis_7_976,
    MusculusFlexorDigitiMinimiBrevisLeft_7_977,
    MusculusFlexorDigitiMinimiBrevisRight_7_978,
    MusculusQuadratusPlantae,
    MusculusQuadratusPlantaeLeft,
    MusculusQuadratusPlantaeRight,
    MusculiLunbricales,
    MusculiLunbricalesLeft,
    MusculiLunbricalesRight,
    MusculusInterosseiDorsales,
    MusculusInterosseiDorsalesLeft,
    MusculusInterosseiDorsalesRight,
    MusculusInterosseiPlantares,
    MusculusInterosseiPlantaresLeft,
    MusculusInterosseiPlantaresRight,
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
