"""Author-name lists: one parser for every importer.

``parse_names(text)`` reads the author span of a record ("A, B, and C", "Last, First and
Last, First", "Xu, Keyulu, Weihua Hu, et al.", "Smith, J., Jones, K.", "张三、李四",
"Authors: ...", "作者：...", "by ...") and returns display names in the page's order ("Last,
First" turned into "First Last"; CJK names as written), or ``[]`` when the text is not a name
list (a sentence, a title). It stops at "et al." / "等" (the names before it are kept, as the
answer keys record them), drops affiliations (superscript digits and marks, ``<sup>``,
"(Google)", "[MIT]", "Google Research", "清华大学"), stops at a trailing venue, year,
"Preprint", "In ..." or link, and decodes LaTeX escapes (``Sch\\"{a}fl``).

``looks_like_name_list(text)`` gives how much of a span is a name list (0..1, the share of its
letters that end up in names), a feature for the title model; ``read_name_list`` gives both in
one pass. A span whose words are mostly title words (a vocabulary fitted on the fit keys by
``benchmarks/names_eval.py --title-words``), function words ("for", "from") or acronyms is not
a name.

Pure: no I/O, no state; linear in the length of the text (capped at 20,000 characters).

Measured by ``benchmarks/names_eval.py`` on the real digest keys (the author span cut from the
page line that holds the key's surnames, trailing venue/year/links left in):

    split  papers  exact list  first author  scorer rule  old digest parser  titles as names
    fit      726      0.978        0.979        0.981          0.709             5 / 2662
    dev     1134      0.943        0.946        0.946          0.485            12 / 1476

Misses left: key conventions that contradict each other ("Li, Yuncheng et al." kept as written
on one page, "Ke, Guolin, et al." flipped on another; "Cortes, Vapnik" two surnames but
"Bengio, Yoshua." one name), team authors ("Scale Red Team") dropped as affiliations, names in
running prose.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from papercli.lazy_regex import lazy_re

__all__ = ["looks_like_name_list", "parse_names", "read_name_list", "split_name_list"]

_MAX_CHARS = 20_000
_MAX_LATEX = 2_000

# --------------------------------------------------------------------------------------------
# Vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARTICLES = _words(
    "van von de der den da di du del della dei des le la los las dos das do bin binti ibn al "
    "el y e ter ten zu zur vom st mac af av"
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Words before a period that do not end a sentence.
# (and two-letter initials: "Martens, Ch.", "Ivanov, Kh."; never "Yu.", a surname too)
_ABBREVIATIONS = frozenset(
    {"jr", "sr", "st", "dr", "mr", "ms", "mrs", "prof", "md", "ph", "th", "ch", "kh", "zh", "sh"}
)

# Common English and paper-title words: a "name" made only of these is a title or a phrase.
_COMMON = _words(
    """
    a about above across after again against all also an analysis and any approach are as at
    attention automatic based be being best between beyond big both but by can case causal
    classification clustering code comparison complete computer computing conference
    convolutional corpus data dataset datasets deep design detection diffusion discovery do does
    down dynamic each efficient embedding embeddings end energy evaluation every example
    explanation fast feature features few first for from full fusion gan gaussian general
    generation generative global good gradient graph graphs great guide hard he her high his how
    human i image images improved in inference information into is it its joint just knowledge
    language large latent layer learning less level light linear local long low machine make
    many matching memory method methods model models more most multi my natural need network
    networks neural new no non not note notes object of on one only open optimal optimization
    or other our out over paper papers part policy pre prediction preprint pretrained pretraining
    principles probabilistic problem process processing project question real recognition
    recurrent reinforcement representation representations research residual retrieval review
    robust scalable scale search segmentation self semantic sequence simple small so some
    space sparse speech state statistical structure study style supervised survey system
    systems task tasks text than that the their them then theory there these they this three
    through time to towards toward training transfer transformer transformers tree two under
    understanding unsupervised up using via video view vision visual was we web what when where
    which while who why will with without word words work world you your zero
    abstract introduction conclusion related results experiments appendix table figure
    university institute laboratory lab labs department school college academy center centre
    inc ltd corp corporation group team
    honorable honourable mention award awards winner winners runner finalist finalists nominee
    outstanding distinguished highlight highlights keynote invited talk
    reading readings suggested required optional recommended further literature
    """
)

# Words of paper titles that are not in any author's name, fitted on the real digest keys
# (fit split) by ``benchmarks/names_eval.py --title-words``.
_TITLE_WORDS = _words(
    """
    abilities about absolute abstractive accelerated accelerating acceleration accelerator
    accelerators account accuracy accurate achieve achieving acoustic across act action actions
    activated activation activations active actor ad adapt adaptation adapter adapting adaptive
    adjusting adjustment advanced advancing adversarial aerial affordable after against agent
    agentic agents aggregation agnostic ai aiatrack aishell algebraic algorithm algorithms align
    aligned aligning alignment alike all alleviating allocation alpha also alternative amr
    analog analysis analyzing anchor and animatable annotation annotations anomaly answer
    answering answers anti any anything applications approach approaches approval approximate
    approximation arbitrary architecture architectures are argument argumentation argumentative
    arguments arithmetic array article articulated artificial as aspect assessment assistant
    assistants assisted association asymmetric asymptotic asynchronous at attack attacks attend
    attention attentional attentive attribution audio augmentation augmented auto autoencoder
    autoencoders autoint automated automatic autonomous autoregressive avatar avatars averaging
    aware back bag balanced balancing bard base based baseline baselines bases batch bats
    bayesian be before behavior behaviors behind bench benchmark benchmarking bert better
    between beyond bias biased biases bidet bidirectional big bilingual billion binarization
    binarized binarizing binary binaryduo biomedical bit bits bitwidth bitwise black blank bleu
    blip block bnn bnns body boost boosting bootstrap bootstrapping bottleneck boundary box
    bridging building bundle but by cache calibrated calibrating calibration camera cameras can
    capabilities capability capacity caption captioning captions care cascade case category
    causal centric chain challenger challenges challenging chamber chameleon change changing
    channel character characterization characterizing chart chat chatbots chatgpt cheap checking
    children chinese chip circulant claim claims class classification classifiers click clinical
    clip clipping closed closer closing closure cloud clouds clues cluster clustering cnn cnns
    co coarse code coding cognitively coherence cold collaboration collaborative collection
    collections color combination combining comet commerce common commonsense communication
    community compact comparative comparing comparison compensation completion complex
    complexity composing composition compositional comprehension comprehensive compress
    compressed compressing compression computation computational compute computer computing
    concept condition conditional conditioned confidence configurations connecting consistency
    consistent constituency constrained constraints construction consumption content context
    contextual contextualized continual continuous contrastive control controllable controlled
    controlling controls convergence conversation conversational conversations conversion
    convolution convolutional convolutions core coreference corpora corpus correction
    correlation correlations correspondence correspondences cost counterfactual coupled coupling
    covariate creating creation cree critical cross crossformer crosslingual crossword
    crowdsourcing ctr cultural curriculum da dark data dataset datasets day dcn dcnns dead
    debiasing decision decoder decoding decomposed decomposition decompositions deep deeper
    deepfm deepseek definition deformable deformation dehallucinative deliberate denoising dense
    dependencies dependency dependent deployment depth dequantization descent describing
    description descriptions descriptor descriptors design detailed details detect detecting
    detection detector detr develop development device devices dialog dialogs dialogue dialogues
    difference different differentiable diffusion dimension dimensional direct disambiguation
    discourse discovery discrete discriminative discussions disentangled distantly distillation
    distilled distilling distributed distribution distributions diverse diversity divide dnn
    dnns do doctor document documents does dof domain don drawing drift driven driving dropout
    dropping dual during dynamic dynamics early echo edge edit editable editing eeg effect
    effective effectiveness effects efficiency efficient efficiently ego ehub element elicits
    embarrassingly embedded embedding embeddings embodied emergent emerging emotion emotional
    empathetic empirical empower empowering empowers enables enabling encoder encoders encoding
    end endangered ended endoscopy endowing energy engine engineering english enhance enhanced
    enhancement enhancing enough ensemble entailment entire entities entity entropy environment
    environmental environments equalization equilibrium equivalent equivariant era error
    estimating estimation ethics eval evaluating evaluation event evidence evolution evolving
    exact example examples execution exist expanding expansion expert expertise experts explain
    explainable explaining explanation explanations explicit exploiting exploration explorations
    exploring exponent expression extending extensible extract extraction extractive extreme
    extremely eye eyes face facial fact factor factored factorization factuality failure
    failures fairness fake family far fashion fast faster feature features feedback ferret few
    feynman fidelity field fields filter filtering filters financial find finding fine finetuned
    finetuning finn fire first fixed flamingo flexible flight floating flow focusing follow
    following footprint for foreign forest forests form format formats former forward foundation
    fp fpga fpgas fractional frame framework free french frequency friendly friends from
    frontier frozen full fully functions fusion future game gan gap gated gating gaussian
    gaussiandreamer gaussianeditor gaussians gemini gen gender general generalizability
    generalizable generalization generalized generate generated generating generation generative
    generator generic geo geometric geometry glm global gnn go goals good gpt gpu gpus gradient
    gradients grained grammatical grand granularity graph graphics graphs grasp greedy grid
    ground grounded grounding group gs guarantees guidance guided half hallucinated
    hallucination hallucinations hand handling hands hard hardware harnessing hash hashing hawq
    head heads health help hessian heterogeneity heterogeneous heuristics hierarchical hierarchy
    high higher highly historical history hls hmm hoc holistic homography hop how human humans
    hybrid hydra hyper hyperspectral hypothesis icl identification identifying if illumination
    image imagery images imaging imitation impact implementation implicit importance important
    improve improved improves improving incentivizing incorporating incorrect incremental
    independent indonesia indoor inducing induction inductive industrial industry inertial
    inference infilling infinite information infrared initialization injection inner inpainting
    input inputs insights inspired instance instances instruction instructions int integer
    integers integrated integrating integration intelligence intensity intent interaction
    interactions interactive interest interface interfaces interference interleaved internal
    internet internlm interpolationslam interpretability interpretable interpretation
    interpreting into intra intrinsic introducing introduction invariant inverse investigating
    investigation is ision isomorphism it item iterative its joint jointly just keeping kernel
    kernels keypoint keypoints keyword kg know knowledge kv label labeling labelling labels
    landing landmark language languages large latency latent lattice law laws layer layered
    layout layouts lazy lead learn learnable learned learner learners learning learns least
    legal length lens less lessons let level leveraging lexical lidar lifelong light lighter
    lightweight like limit limited limits line linear lingual linguistic linguistics link lion
    lite literature llama llava llm llms lm lmm lmms local localisation localization localized
    logic logical longitudinal look loop lora loss lossless lottery low lowresource lsq lstm
    luciddreamer lvlm lvlms machine machines main make makes making mamba mandarin manifold
    manipulation manipulations manuals many map mapping maps margin marker masked match matching
    math mathematical matrix matter matters maximum me meaning measure measuring mechanism med
    media medical meet meets megatron meliusnet memory mesh meta metaphor meteor method methods
    metric metrics might million millions mimic minigpt minimizing minimum mining mip mismatch
    missing mitigate mitigating mitigation mix mixed mixing mixture mixup ml mllm mllms mm mme
    mobile mobilenet mobilevlm modal modalities modality mode model modeling models modular
    modules moe molecular moment moments monocular monolingual moral more most motion mounted
    moving mplug mrc mt mtl multi multidocument multifaceted multilingual multimodal
    multimodality multiple multiplication multiscale multitask music mutual my name named nas
    natural navigation near need needs negation negative ner nerf nested net nets netvlad
    network networks neural neuro neuromorphic neuron neurons new news next nice nlg nlp nlu no
    noise noisy non nonlinear nope normalization not note novel numbers numerical object objects
    observed ocr odometry of off on once one onellm online only open opera operation operations
    opinion opt optical optimal optimisation optimization optimized optimizing or order oriented
    other out outdoor outlier outliers output outputs over overcoming overfitting owl packed
    pair pairs pairwise palm panoptic panoramic paradigm parallel parallelism parameter
    parameterized parameters parametric paraphrase parking parsing partial partially partition
    party passage passive past patch path pattern patterns penalty people per perceiving
    perception perform performance periodic person personal personalized perspective
    perturbation phase photo photonic photorealistic phrase physics piecewise pipeline pivot
    pixel place plains plan planar plane planning platform platforms play plenoxels plug point
    pointer points polarization policy pooling pose position positioning positive posterior
    potential power powerful practical pragmatic pre precise precision predicate predicting
    prediction predictions predictive preference preferences preserving pretrained pretraining
    prevent previously primitives principled prior priors privacy probabilistic probe probing
    problem problems procedural processing product program programming programs progressive
    project projection projective prompt prompted prompting prompts propagating propagation
    prototype prototypical proxy pruning pseudo purpose pushing putting pyramid pythia qa
    quadric quality quant quantification quantifying quantitative quantization quantize
    quantized quantizing quantum quaternion queries query question questioning questions quip
    qwen radiance radio radiology rag ram random randomly range rank ranking rare rate rationale
    ray re reaction reactions reactnet reading real realistic reality really reason reasoning
    recipe recognition recommend recommendation recommendations recommender recommenders
    recommending reconfigurable reconstruction recovery rectified rectifying recurrent reduced
    reducing reduction reference referential referring refined refinement refining reflectance
    reflection regime region registration regression regular regularization regularized
    regularizing reinforcement related relation relational relations relationships relative
    relaxation relaxed relevance reliable relighting relocalization remote removing rendering
    reordering report representation representations representing reproducible research residual
    resiliency resistive resolution resource resources response restoration results retention
    rethinking retrieval retrieving retrospection review revise revisiting revolutionizing
    reward rf rgb rich rigid risks rlhf road robot robotic robotics robots robust robustly
    robustness role room ros rotated rotating rotation rotations rounding routing rpr rule
    runtime safe safeguarding safety saliency sample samples sampling sarcasm satellite say sc
    scalable scale scaled scaling scan scenarios scene scenes schema science scientific score
    scores scratch sea search searching second see seed seeing seeking segment segmentation
    selection self semantic semantically semantics semi sense sensing sensitive sensitivity
    sensor sentence sentences sentiment sequence sequences sequential serving session set sets
    settings shallow shape sharing sharpness shift short shot should show siamese side sign
    signal signals sim simba similar similarity simple simplifying simulated simulation
    simultaneous single site size sketch skyrmionic slam slot small smart smooth smoothness snn
    so social soft softmax software solve solving sonar sound source space spaces span spanish
    sparse sparsification sparsifying sparsity spatial spatio speak speaker specific spectral
    speech speeding spiking splatting split spoken spotting spurious sql squares squeezed sram
    stability stage stance start state static statistical status step stereo stochastic stopping
    stories story straight strategies strategy stream streaming streams string strong stronger
    structural structure structured studies study studying style sub substitution subtraction
    subword suite summarization super supervised supervision support supporting suppression
    surface surfaces surgery surgical surveillance survey swift swin switch switchable switching
    symbolic symmetric symmetry synergistic syntactic syntax synthesis synthesized synthetic
    system systematic systems table tables tabular tagging target targeted task tasks taxonomy
    teacher teaching technical technique techniques technologies technology template templates
    temporal tensor term ternary terrain test testing text texts textual than that the them then
    theoretic theoretical theory there things think thinking third this thought thousands three
    threshold thresholding through throughput ticket tickets tightly time tiny to token tokens
    tool toolkit tools top topic toward towards tracing tracking trade train trainable trained
    training transfer transferability transferable transferring transfers transformation
    transformations transformer transformers transition translate translation tree trillion
    triple triplet trust trustworthy truth tune tuned tuning turing turn tweets twice twin
    twitter two type typing uav uavs ultra uncertain uncertainty unconstrained uncovering under
    understand understanding underwater unification unified uniform unifying units universal
    univi unknown unlabeled unleashing unlocking unseen unsupervised up upcycled update urls
    usage use user users using uv vae value values variable variational variations varying vec
    vector vectors vehicle vehicles vehicular verbalizer verification verify versatile very via
    vid video videos view viewpoint views virtual visibility visible vision visual visualization
    visually vit vl vocabulary voice volume volumetric voxel vq vqa vs vtimellm want wave way we
    weakly weather web weight weighted weights well what when where while who why wide width
    wikipedia wild winograd wireless wise with without word words world worth would write
    writing written wukong xcomposer xdeepfm xnor yet you your zero zeroquant
    """
)
# An upper-case letter after a lower-case one, other than in "McDonald", "LeCun", "DiCaprio".
_CAMEL_CASE = lazy_re(
    r"(?<!^Mc)(?<!^Mac)(?<!^Le)(?<!^La)(?<!^De)(?<!^Di)(?<!^Du)(?<!^Da)"
    r"(?<!^Fitz)(?<!^Van)(?<!^Von)(?<!^Del)(?<!^St)(?<=[a-zà-ÿ])[A-Z]"
)
# Endings of English words that names (almost) never have: in any name ...
_WORD_ENDINGS = (
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ness",
    "ity",
    "ities",
    "ology",
    "ization",
    "ical",
    "ative",
    "ized",
    "ience",
)
# ... and in a one-word "name" (a surname among surnames: "Widening and Squeezing" are not).
_ONE_WORD_ENDINGS = ("ing", "ings", "ive", "ous", "ize", "ise", "ence", "ance", "able", "ions")
_FUNCTION_WORDS = _words(
    "for of from with to the and via towards toward through into your our how what why when "
    "beyond is are without using under over versus vs"
)

_COUNTRY_WORDS = _words("china usa germany france japan korea canada india uk australia israel")
_AFFILIATION_WORDS = _COUNTRY_WORDS | _words(
    "lab labs research inc ltd llc gmbh college school department dept academy corporation corp "
    "center centre faculty hospital foundation company group team "
    "google microsoft deepmind openai meta facebook nvidia adobe amazon apple ibm intel "
    "tencent alibaba baidu huawei bytedance sensetime megvii samsung sony yahoo salesforce "
    "anthropic uber twitter linkedin netflix "
    "berkeley stanford mellon zurich tsinghua peking harvard princeton oxford cambridge "
    "caltech toronto montreal mila edinburgh fudan zhejiang shanghai beijing tokyo seoul "
    "singapore epfl kaist ucla uiuc cmu mit eth ethz nyu ucl hkust cuhk ustc sjtu nus ntu "
    "inria cnrs kaust tum usc ucsd umich gatech purdue cornell columbia yale"
)
_AFFILIATION_TEXT = lazy_re(
    r"universit|institut|laborator|"
    r"大学|研究院|实验室|学院|公司|研究所|中心|集团|科技|团队|实验|微软|谷歌|腾讯|阿里|百度|"
    r"字节|华为|商汤|旷视|清华|北大|浙大|复旦|交大|中科院|科学院|国家|重点|"
    r"大學|學院|實驗室|研究院|研究所|清華|北大|浙大|復旦|交大|中科院|科學院|國家|重點|公司",
    re.IGNORECASE,
)
_WORD_SPLIT = lazy_re(r"[^\w-]+")
# A part that ends the list: venue, preprint, year, links and the like.
_TERMINAL_PART = lazy_re(
    r"^(?:arxiv|corr|preprint|pre-print|proceedings|proc|journal|transactions|workshop|"
    r"conference|symposium|technical report|tech report|blog|project page|code|paper|pdf|"
    r"slides|video|in\s|accepted|published|under review|oral|spotlight|poster|best paper|"
    r"equal contribution|ieee|acm|springer|elsevier|honou?rable mention|runner|award|"
    r"outstanding|distinguished|test of time)(?![a-z])",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------------------------
# Patterns

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"
_HANGUL = r"\uac00-\ud7af"
# "张三", "欧阳娜娜", "于宁·曹" (a foreign name transliterated, its parts apart by a dot),
# "隅田 英一郎" (a family and a given name a space apart, as Japanese pages write them); a longer
# run without a dot or that space is a phrase ("建立深度学习的知识网"), never a name
_KANA = r"\u3041-\u3096\u30a1-\u30fa\u30fc"  # ("三ツ井 慧太郎", "一ノ瀬 さくら": kana in a name)
_SPACED_CJK = rf"(?=[{_KANA}]{{0,3}}[{_CJK}])[{_CJK}{_KANA}]{{1,4}} [{_CJK}{_KANA}]{{1,4}}"
_CJK_NAME = lazy_re(
    rf"[{_CJK}]{{2,4}}|{_SPACED_CJK}|"
    rf"(?=[{_CJK}·•]{{3,12}}$)[{_CJK}]+(?:[·•][{_CJK}]+)+|[{_HANGUL}]{{2,4}}"
)
_SPACED_CJK_NAME = lazy_re(_SPACED_CJK)
_HAS_CJK = lazy_re(rf"[{_CJK}{_HANGUL}]")
# "笔记地址", "论文链接", "代码", "논문 링크", "論文リンク": a link's label, shaped like a name
_CJK_LABEL = lazy_re(
    r"地址|链接|笔记|代码|论文|論文|下载|主页|解读|项目|논문|링크|페이지|코드|원문|요약|리뷰|"
    r"リンク|コード|ページ"
)

_IMAGE = lazy_re(r"!\[[^\]]{0,500}\]\([^)]{0,1000}\)")
_MARKUP = lazy_re(r"[<>\[\]()!*\\$^{}|@/]|www\.")
_MARKDOWN_ESCAPE = lazy_re(r"\\([*_\[\]()|#+!<>-])")
_LATEX_COMMAND = lazy_re(r"\\[A-Za-z'\"`^~=.{&%$]")
_SUPERSCRIPT = lazy_re(r"<sup>[^<>]{0,40}</sup>|\\textsuperscript\{[^{}]{0,40}\}", re.I)
_LINK = lazy_re(r"\[([^\[\]]{0,500})\]\([^)]{0,1000}\)")
_URL = lazy_re(r"(?:https?://|www\.)[^\s,;]+", re.I)
_EMAIL = lazy_re(r"[^\s,;<>()\[\]@]{1,64}@[^\s,;<>()\[\]@]{1,255}\.\w+")
_TAG = lazy_re(r"<\s*(br|/?p|/?div|/?li|/?tr|/?td)\b[^<>]{0,200}>|<[^<>]{0,300}>", re.I)
_MATH_SUPER = lazy_re(r"\$\s*\^\s*\{?[^${}]{0,40}\}?\s*\$|\^\{[^{}]{0,40}\}|\^[\w,*]+")
_MARKS = lazy_re(r"[*†‡§¶#✉⋆∗✝♠♣♥♦★☆⁎∗◇◆●○•♮♯✦✧※^`\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
_PLUS_AFTER_NAME = lazy_re(r"(?<=[^\W\d_])\++(?=\s*(?:[,;，、]|and\b|$))")  # "Tu+": equal part
_DIGITS_AFTER_NAME = lazy_re(r"(?<=[^\W\d_.])\d+(?:\s*[,;]\s*\d+)*(?![\d.]|[^\W\d_])")
_DIGITS_BEFORE_NAME = lazy_re(r"(?<![\w.])\d{1,2}\s?(?=[^\W\d_]{2})")
_BRACKETED = lazy_re(r"\([^()]{0,300}\)|\[[^\[\]]{0,300}\]|【[^【】]{0,300}】|〔[^〔〕]{0,300}〕")
_LABEL = lazy_re(
    r"^\s*(?:[-+>•·]+\s+|\d{1,3}[.)]\s+)?"
    r"(?:(?:paper\s+)?authors?(?:\s*\(s\))?|author\s*list|written\s+by|posted\s+by|"
    r"(?:论文)?作者(?:们|信息|列表)?|著者|by)"
    r"(?:\s*[:|\-–—]\s*|\s+)",
    re.IGNORECASE,
)
# "张三和李四": 和 / 与 / 及 between two Chinese names (not inside one: both sides 2-4 characters)
_CJK_PAIR = lazy_re(
    rf"(?<=^[{_CJK}]{{2}})[和与及](?=[{_CJK}]{{2,4}}$)|"
    rf"(?<=^[{_CJK}]{{3}})[和与及](?=[{_CJK}]{{2,4}}$)|"
    rf"(?<=^[{_CJK}]{{4}})[和与及](?=[{_CJK}]{{2,4}}$)"
)
_SHORT_LABEL = lazy_re(r"^[^\W\d_]+\s*:\s*")  # "Paper: ", "主讲人：" (not "Kaiming He:")
_LEADING_MARKER = lazy_re(r"^\s*(?:[-+>•·]+\s+|\d{1,3}[.)]\s+)")
_ET_AL = lazy_re(
    r"\bet\.?\s*al(?:ii|ia)?\b\.?|\band\s+(?:others|colleagues|co-?authors)\b|\.\.\.|…|"
    # "A, B, and 6 more", "A, B + 3 others": a feed's cut list
    r",?\s*(?:\band|\+)\s*(?:\d{1,3}\s*)?(?:more|others?)\b|"  # (digits are gone by then)
    r"[,;]\s*others\b|"  # "Radford, Narasimhan, Salimans, others": a seminar's cut list
    rf"(?<=[{_CJK}\w\s.])等人?(?![{_CJK}])|(?<=[{_CJK}\w\s.])等(?=\s*$)|"
    r"(?<=[\w\s.])ほか(?=[\s(（]|$)",  # Japanese: "A, B ほか（コーネル大学）"
    re.IGNORECASE,
)
_STOPPER = lazy_re(r":|\s[|–—]\s|\s-\s|\s/\s|[.,;]\s*(?:in|In)\s+(?=[A-Z\d*])")
_YEAR_STOPPER = lazy_re(r"(?:^|[\s,.;(])'?(?:19[5-9]\d|20[0-3]\d)(?!\d)|(?<![A-Za-z])'\d\d(?!\d)")
_WORD_STOPPER = lazy_re(r"\b(?:preprint|arxiv|technical\s+report|tech\.?\s+rep)", re.I)
_ET_AL_HINTS = ("et", "other", "colleagues", "author", "more", "...", "…", "等", "ほか")
_ANY_DIGIT = lazy_re(r"\d")
# (and "und", "và", "и", "et": "Hans Maier und Eva Ott", "Y. Bengio, et P. Haffner", in lower
# case only, and "et" only before a capital: "et al." is no separator)
_SEPARATOR = lazy_re(
    r"\s*(?:[,;]\s*(?:and|&|(?-i:und|và|и|et(?=\s+[A-ZÀ-Þ])))\s+|[,;、\n\t]"
    r"|\s(?:and|&|(?-i:und|và|и|et(?=\s+[A-ZÀ-Þ])))\s|&|\s[·•|]\s|"
    r"\s/\s)\s*",
    re.IGNORECASE,
)
# "Hochreiter y Schmidhuber", "Rossi e Bianchi": two surnames and the word for "and" (not
# "Blaise Agüera y Arcas", one name)
_SURNAME_PAIR = lazy_re(r"([A-Z][\w'’\-]+) (?:y|e) ([A-Z][\w'’\-]+)")
_CITED_YEAR = lazy_re(r",\s*(?:19|20)\d\d[a-z]?$")  # "Hochreiter y Schmidhuber, 1997"
# a capital letter, with a diacritic too ("Kaiser, Ł.", "Đorđević, Đ."), never "ł"
_CAPITAL = "[A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper()) + "]"
_INITIALS = lazy_re(rf"(?:{_CAPITAL}[a-z]?\.[\s-]?){{1,4}}|{_CAPITAL}{{1,3}}")
_TRAILING_LOWER = lazy_re(r"(?:\s+[a-z][\w'-]*)+$")
# the sentence that a last name runs on into: from its first lower-case word (not a particle)
_SENTENCE_GOES_ON = lazy_re(
    r"\s+(?!(?:van|von|de|der|den|di|da|du|del|la|le|bin|al|ter|zu)\b)[a-z][a-z'-]+\b.*$", re.DOTALL
)
_CONNECTIVES = lazy_re(
    r"\b(?:and|et\.?\s*al|others|(?-i:et)(?=\s+[A-ZÀ-Þ]))\b|等人?", re.IGNORECASE
)
_SENTENCE_END = lazy_re(r"\.(?=\s|$)")
# "LTI Assistant Professor Maarten Sap", "PhD student Jenny Liang": a news page's roles
_ROLE_WORD = lazy_re(
    r"profess|lecturer|postdoc|student|candidate|alumn|researcher|faculty|academic", re.I
)
_ROLE_WORDS = tuple(_ROLE_WORD.pattern.split("|"))  # (its words: an ASCII text's, lower case)
_ROLE_RANK = (
    r"(?:(?:first|second|third|fourth|fifth|sixth|final|\d(?:st|nd|rd|th))[\s-]year\s+)?"
    r"(?:(?:assistant|associate|adjunct|research|visiting|distinguished|senior|principal)\s+)*"
)
_ROLE_NAME = (
    r"(?:professor|lecturer|postdoc(?:toral)?(?:\s+(?:fellow|researcher|scholar))?"
    r"|(?:ph\.?d\.?|doctoral|master'?s|graduate|undergraduate|m\.?sc|b\.?sc|mphil)\s+"
    r"(?:student|candidate)s?|academics?"
    r"|students?|alumn(?:us|a|i)|researchers?|faculty(?:\s+members?)?)"
)
_ROLE_LEAD = lazy_re(
    rf"(?:^|(?<=[\s,;]))(?:[A-Z][A-Z0-9]{{1,5}}(?:\s*&\s*[A-Z][A-Z0-9]{{1,5}})?\s+)?"
    rf"(?i:{_ROLE_RANK}{_ROLE_NAME}(?:\s+emerit(?:us|a))?)"
    r"\s+(?=[A-Z])"
)


# --------------------------------------------------------------------------------------------
# Public functions


_NOT_IN_A_NAME = lazy_re(r"[\d()（）]|\b(?:PhD|Thesis|Prof|Dr)\b")
_SPACED_DASH = lazy_re(r"\s+[-–—]\s+|\s*,\s*(?:and\s+)?")  # (a comma among them too)


def parse_names(text: str) -> list[str]:
    """The author names in TEXT in their order, or [] when TEXT is not a name list.

    >>> parse_names("A. Smith, Bo Li, and Carla Díaz. In NeurIPS 2020.")
    ['A. Smith', 'Bo Li', 'Carla Díaz']
    """
    return read_name_list(text)[0]


def looks_like_name_list(text: str) -> float:
    """How much of TEXT is a name list, from 0 (none: a sentence, a title) to 1 (all of it)."""
    return read_name_list(text)[1]


def read_name_list(text: str) -> tuple[list[str], float]:
    """``parse_names(text)`` and ``looks_like_name_list(text)`` in one pass."""
    names, share = _read_name_list(text)
    return list(names), share


_CAPS_NAME = r"[A-Z]{1,3}\s+[A-Z][A-Z'’\-]{2,}(?:\s+[A-Z][A-Z'’\-]{2,})?"
_CAPS_NAMES = lazy_re(rf"{_CAPS_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_CAPS_NAME}){{0,30}}")
_CAPS_SURNAME = lazy_re(r"\b[A-Z][A-Z'’\-]{2,}\b(?=\s*(?:,|\band\b|$))")  # (not "JDK")
_INITIALS_CAPS = lazy_re(
    r"(?<![\w.])([A-Z]{1,3}\.?)\s+([A-Z][A-Z'’\-]{2,})\b(?=\s*(?:,|\band\b|$))"
)
_DASH_ONLY = lazy_re(r"\s+[-–—]\s+")
_SURNAME_FIRST_NAME = lazy_re(
    r"[^\W\d_][\w'’\-]+(?: [^\W\d_][\w'’\-]+)?, "
    r"(?:[A-Z]\.|[^\W\d_][\w'’\-]+)(?: (?:[A-Z]\.|[^\W\d_][\w'’\-]+)){0,2}"
)
_NUMBERED_PART = lazy_re(r"(?:part|parte|partie|teil)\s+(?:[IVX]{1,4}|\d{1,2})", re.IGNORECASE)
# "Phi-1，Gunasekar et al.": one word before a Chinese comma, then a surname and "et al."
_NICKNAME_THEN_CITED = re.compile(r"[^\s,，]{2,30}，\s*([A-Z][\w'’-]+\s+et\s+al\.?)")


# Indonesian's and Turkish's "et al." and "and": "Goodfellow, I., dkk.", "Mcculoch, W. S., dan
# Pitts, W.", "Barham ve diğerleri", "Honghua Chen ve Nai Ding"
_PLAIN_ET_AL = lazy_re(r"\bdkk\b\.?|\bve diğerleri\b")
_PLAIN_AND = lazy_re(r"(?<=\S) (?:dan|ve) (?=[A-Z])")


def plain_connectives(text: str) -> str:
    """TEXT with Indonesian's and Turkish's "et al." and "and" ("dkk.", "dan", "ve diğerleri",
    "ve") written in English, as the name readers know them."""
    if "dkk" in text or " dan " in text or " ve " in text:
        return _PLAIN_AND.sub(" and ", _PLAIN_ET_AL.sub("et al.", text))
    return text


@lru_cache(maxsize=1 << 16)  # a digest's cuts and fields ask of the same text many times
def _read_name_list(text: str) -> tuple[tuple[str, ...], float]:
    text = plain_connectives(text)
    if "（" in text:  # "佐野 正太郎（Preferred Networks）": a name's affiliation, no part of it
        text = _CJK_NAME_AFFILIATION.sub("", text)
    if _CAPS_NAMES.fullmatch(text.strip()):
        # "JDK ARMITAGE and A MCPHERSON": a bibliography's initials and surnames in capitals
        text = _CAPS_SURNAME.sub(lambda m: m.group(0).title(), text)
    elif "," in text and _INITIALS_CAPS.search(text):
        # "G BROMHAM, D Moffat, M Barthet": one surname in capitals among the list's names
        text = _INITIALS_CAPS.sub(lambda m: f"{m.group(1)} {m.group(2).title()}", text)
    if _NUMBERED_PART.fullmatch(text.strip()):
        return (), 0.0  # "(Parte II)", "(Part I)": a talk's part, no person
    dashed = _SPACED_DASH.split(text.strip()) if " - " in text or " – " in text else []
    if len(dashed) >= 2 and all(
        one_full_name(part) and _NOT_IN_A_NAME.search(part) is None for part in dashed
    ):
        return tuple(dashed), 1.0  # "Quoc Le - Tomas Mikolov": whole names parted by dashes
    inverted = _DASH_ONLY.split(text.strip()) if "," in text and dashed else []
    if len(inverted) >= 2 and all(_SURNAME_FIRST_NAME.fullmatch(part) for part in inverted):
        text = "; ".join(inverted)  # "Berec, L. - Kuběna, Aleš Antonín": surnames first, dashes
    if "，" in text:  # "Chinchilla，Hoffmann et al.": a model's nickname, then who wrote it
        nicknamed = _NICKNAME_THEN_CITED.fullmatch(text.strip())
        text = nicknamed.group(1) if nicknamed is not None else text
    label = next((end for end in _LABEL_ENDS if text.endswith(end)), "") if "," in text else ""
    if label and text[: -len(label)][-1:].isspace():
        text = text[: -len(label)].rstrip()  # "A. Bee, C. Dee [Details](…)": a link's label
    head, comma, place = text.rpartition(", ")
    if (
        comma
        and " and " in place
        and len(place) <= 80
        and not set(place) & set("()（）")  # ("Vijay Chidambaram (UT Austin and VMware)")
        and not place.startswith("et al")  # ("Liu, Yuhang, et al. Huazhong University of …")
        and is_institution(place.split(" and ")[0])
    ):
        text = head  # "…, and Jie Wu, Huazhong University of Science and Technology"
    pair = _SURNAME_PAIR.fullmatch(_CITED_YEAR.sub("", text.strip()))
    names, cleaned = _parse(f"{pair[1]} and {pair[2]}" if pair else text)
    if not names:
        return (), 0.0
    letters = sum(ch.isalpha() for ch in _CONNECTIVES.sub(" ", cleaned))
    in_names = sum(ch.isalpha() for name in names for ch in name)
    share = round(min(1.0, in_names / letters), 3) if letters else 0.0
    # "Prof. Dr. Thomas Ludwig": a form of address, no part of the name (read as one above);
    # "Ian Lenz's paper": the possessive is no part of it either
    return tuple(_POSSESSIVE.sub("", _HONORIFIC.sub("", name)) for name in names), share


_CJK_NAME_AFFILIATION = lazy_re(r"(?<=[\u3040-\u30ff\u3400-\u9fff])\s*（[^（）\n]{1,60}）")
# the label of a link after the last name ("…, David Krueger Details"), no part of it
_LABEL_ENDS = ("Details", "Notes", "Summary", "Slides", "PDF", "Paper Link")
_POSSESSIVE = lazy_re(r"(?<=[a-z])['’]s$")


_HONORIFIC = lazy_re(r"^(?:(?:prof|dr|mr|mrs|ms)\.?(?:-ing\.)?\s+)+(?=[A-Z][a-z])", re.IGNORECASE)


_INSTITUTION_WORDS = _words("academy college department faculty hospital corporation inc ltd")


def affiliation(part: str) -> bool:
    """Whether PART of a list of names names an institution or a country ("Google
    Research", "MIT", "China") rather than a person."""
    return _kind(part.strip()) == "affiliation"


def country(word: str) -> bool:
    """Whether WORD names a country ("China", "USA"): never a person's surname."""
    return word.strip().lower() in _COUNTRY_WORDS


AFFILIATED_PARTS = 2  # institutions, at least, in a list of whose work a paper is


def affiliations_list(text: str) -> bool:
    """Whether TEXT, a list parted by commas ("UC Berkeley, Google Research, UC San Diego,
    2020", "Princeton, Oregon, Google, Flatiron, 2020"), names institutions and places in at
    least half of its parts before a year, two at least: whose work it is, not who wrote it
    ("Bai et al., Anthropic, 2022" names its authors)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    parts = [p for p in parts if _kind(p) != "stop"]
    places = sum(map(affiliation, parts))
    return places >= AFFILIATED_PARTS and 2 * places >= len(parts)


def is_institution(text: str) -> bool:
    """Whether TEXT names a university, an academy, a laboratory or a company ("Chinese
    Academy of Sciences"); never so for a word a title uses too ("Research", "Group")."""
    return _AFFILIATION_TEXT.search(text) is not None or not _INSTITUTION_WORDS.isdisjoint(
        _WORD_SPLIT.split(text.lower())
    )


def without_roles(text: str) -> str:
    """TEXT without the roles before its names ("PhD student Jenny Liang": "Jenny Liang")."""
    if text.isascii():  # (_ROLE_WORD's words, looked for as they are, case aside)
        low = text.lower()
        roled = any(word in low for word in _ROLE_WORDS)
    else:
        roled = _ROLE_WORD.search(text) is not None
    return _ROLE_LEAD.sub("", text) if roled else text


def common_word(word: str) -> bool:
    """Whether WORD is a common English word or a title's word, never a surname alone ("The",
    "Parsing")."""
    return word.lower() in _COMMON or word.lower() in _TITLE_WORDS


@lru_cache(maxsize=1 << 16)
def one_full_name(text: str) -> bool:
    """Whether TEXT is one person's full name and nothing else ("Leo Breiman", "Geoffrey E.
    Hinton"), not a menu ("Home   Archive") or a phrase of common words ("Read More")."""
    text = text.strip()
    names, share = read_name_list(text)
    if len(names) != 1 or share < 0.95 or "  " in text:
        return False
    words = [w for w in names[0].split() if not _initials_only(w)]
    common = _COMMON | _TITLE_WORDS
    return 2 <= len(words) <= 3 and not any(w.lower() in common for w in words)


def split_name_list(text: str) -> list[str]:
    """TEXT split at name separators with no judgement (for callers that trust the field)."""
    return [p.strip() for p in _SEPARATOR.split(text) if p.strip()]


# --------------------------------------------------------------------------------------------
# Steps


_NOT_AUTHORED = lazy_re(
    r"\b(?:presented|hosted|moderated|chaired|organi[sz]ed|led|introduced|recommended|shared|"
    r"posted|curated|reviewed|summari[sz]ed|translated|photo(?:graph)?|illustrated|sponsored) $",
    re.IGNORECASE,
)


# a Mandarin syllable as pinyin spells it ("He", "Long", "Zhuang"), the tone marks left out
_PINYIN_SYLLABLE = lazy_re(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|"
    r"uan|uang|ue|ui|un|uo|v|ve)",
    re.IGNORECASE,
)


def _pinyin_name(name: str) -> bool:
    """Whether NAME is two or three capitalised words each one pinyin syllable ("He He")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and _PINYIN_SYLLABLE.fullmatch(w) is not None for w in words
    )


def _parse(text: str) -> tuple[list[str], str]:
    """(names, the cleaned text they were read from)."""
    names, cleaned = _parse_span(text)
    if not names:
        by = text.rfind(" by ", 0, _MAX_CHARS)
        if by > 0 and _NOT_AUTHORED.search(text, max(0, by - 14), by + 1):
            by = -1  # "presented by", "hosted by": the session's people, not the authors
        if by > 0:  # '"A Title" by A and B': the names after the last " by "
            after, _ = _parse_span(text[by + 4 :])
            if len(after) > 1 or (after and _ET_AL.search(text, by)):
                return after, cleaned  # (one name after " by " may be a title's end)
    return names, cleaned


# " from Stanford University", " at Google": where the last of the names works
AFFILIATED = lazy_re(r"\s+(?:from|at)\s+(?:the\s+)?[A-Z][^,;:]{1,80}$")


# "Ada Moss (Univ)*; xiaobo guo (antgroup); ZHAO ZIHAO (CityU)": an accepted-papers export,
# every name followed by its affiliation and the names kept apart by semicolons
_AFFILIATED_LIST = lazy_re(
    r"(?:[^;()\s][^;()\n]{1,59}\([^()\n]{0,120}\)\*?\s*;\s*)+"
    r"[^;()\s][^;()\n]{1,59}\([^()\n]{0,120}\)\*?"
)
_CASED_NAME = lazy_re(r"(?:[a-z]{2,20}(?: [a-z]{2,20}){1,2}|[A-Z]{2,20}(?: [A-Z]{2,20}){1,2})")


_INITIALLED_NAME = lazy_re(r"(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)[A-Z][\w'’-]+")
# "A, B, C, ..., Y, Z": a digest's list with the middle names left out; the names go on after it
_ELIDED = lazy_re(r",\s*(?:\.{3}|…)\s*,")


# "Krizhevsky, Alex, Sutskever, Ilya, and Hinton, Geoffrey E.": every name surname first, its
# given name after a comma, "and" before the last pair (MLA); never "He, Zhang, Ren, and Sun"
_INVERTED_NAME = r"[A-Z][a-z'’-]+,\s[A-Z][a-z'’-]+(?:\s[A-Z]\.?)*"
# "Berec, Luděk -  Smyčka, J. - Kuběna, Aleš,": names surname first, each after a dash
_DASHED_NAME = r"[^\W\d_][\w'’-]{0,30},\s{1,3}[^\W\d_][\w'’-]{0,30}\.?(?:\s[^\W\d_]\.)?"
_DASHED_INVERTED = lazy_re(
    rf"\s*{_DASHED_NAME}(?:\s{{1,3}}[-–]\s{{1,3}}{_DASHED_NAME}){{1,60}}\s*,?\s*$"
)
_DASH_SEPARATOR = lazy_re(r"\s+[-–]\s+")
_INITIAL_THEN_WORD = lazy_re(r"(?:[A-Z]\.\s?)+[A-Z][a-z'’-]+")
_LONE_SURNAME = lazy_re(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")
_GIVEN_PART = lazy_re(r"(?:[A-Z][a-z'’-]+|[A-Z]\.)(?: (?:[A-Z][a-z'’-]+|[A-Z]\.)){0,2}")
_BARE_INITIAL = lazy_re(r"(\s[A-Z])$")
_LONE_CAPITAL = lazy_re(r"[A-Z]")
_PAIR_SEPARATOR = lazy_re(r",\s*(?:and\s+)?")
_INVERTED_PAIRS = lazy_re(rf"{_INVERTED_NAME}(?:,\s{_INVERTED_NAME})*,?\sand\s{_INVERTED_NAME}\.?")
# "Weitao FengLei BaiWanli Ouyang": a copied list of names run together, each surname glued
# to the next given name
_GLUED_NAME = lazy_re(r"(?<=[a-z])(?=[A-Z][a-z])")
_GLUED_WORDS = lazy_re(r"(?:[A-Z][a-z'’\-]+){1,3}")
# the particles and prefixes a surname is written with, glued ("McDonald", "LeCun", "DuBois")
_LEADING_PARTICLES = _words("van von de der den da di du del dos das")
_GLUED_PREFIXES = _words("mc mac de le la di da du van von del o")


def unglued_names(text: str) -> str:
    """TEXT, a run of names glued surname to given name, with a comma between each; TEXT
    itself when it is anything else (separated names, a title, a surname like "McDonald")."""
    words = text.split()
    if (
        len(words) < 3
        or len(text) > 200
        or any(ch in text for ch in ",;&，、")
        or not all(_GLUED_WORDS.fullmatch(word) for word in words)
    ):
        return text
    out: list[str] = []
    for word in words:
        parts = _GLUED_NAME.split(word)
        if len(parts) == 2 and parts[0].lower() not in _GLUED_PREFIXES:
            out += [f"{parts[0]},", parts[1]]
        else:
            out.append(word)
    names = " ".join(out).split(", ")
    if len(names) < 2 or not all(2 <= len(name.split()) <= 3 for name in names):
        return text
    return ", ".join(names)


def without_venue_after(part: str) -> str:
    """PART, the list's last name, without a meeting's short name glued after it ("Yaron
    Lipman ICLR", "Gabriel Peyré NeurIPS 2019"): a known venue written in capitals."""
    from papercli.importers.venues import canonical_venue

    words = part.split()
    while len(words) > 2 and _YEARISH_WORD.fullmatch(words[-1]):
        words.pop()
    last = words[-1]
    if len(words) > 2 and sum(c.isupper() for c in last) >= 2 and canonical_venue(last):
        return " ".join(words[:-1])
    return part


_YEARISH_WORD = lazy_re(r"'?\d{2}|(?:19|20)\d\d")


def _parse_span(text: str) -> tuple[list[str], str]:
    if not text or not text.strip():
        return [], ""
    text = text[:_MAX_CHARS]
    if ";" in text:
        text = _EMPTY_BRACKET.sub(";", text)
    label = _NEXT_FIELD_LABEL.search(text) if ":" in text or "：" in text else None
    upto = text[: label.start()] if label else text
    cleaned = _clean(_ELIDED.sub(",", upto) if "," in upto else upto)
    if _GLUED_NAME.search(cleaned, 0, 200):
        cleaned = unglued_names(cleaned)
    if " - " in cleaned or " – " in cleaned:
        dashed = _DASHED_INVERTED.match(cleaned)
        if dashed is not None:  # "Kalina, Jan - Neoral, Aleš - Vidnerová, Petra": a CV's list
            parts = _DASH_SEPARATOR.split(dashed.group(0).strip(" ,"))
            return [_flip(" ".join(part.split())) for part in parts], cleaned
    inverted = _INVERTED_PAIRS.fullmatch(cleaned.strip()) if ", and " in cleaned else None
    if inverted is not None:  # "Hinton, Geoffrey, Vinyals, Oriol, and Dean, Jeff": MLA's list
        words = [w.strip() for w in _PAIR_SEPARATOR.split(cleaned.strip(" .")) if w.strip()]
        pairs = zip(words[::2], words[1::2], strict=True)
        # ("Hinton, Geoffrey E." the list's end took the initial's point: it is given back)
        return [_BARE_INITIAL.sub(r"\1.", given) + f" {last}" for last, given in pairs], cleaned
    head, et_al, colon = _cut(cleaned)
    if not head:
        return [], cleaned
    parts = _split(head, et_al)
    listed = ";" in text and _AFFILIATED_LIST.fullmatch(text.strip()) is not None
    if listed:  # most of the list are names in the usual case, the rest may be typed otherwise
        usual = sum(_kind(_tidy(raw)) == "name" for raw in parts)
        listed = usual >= 2 and 2 * usual >= len(parts)
    names: list[str] = []
    weak: set[int] = set()  # positions in NAMES of names made only of common words
    bad = 0
    for position, raw in enumerate(parts):
        part = _tidy(raw)
        if not part:
            continue
        if position == len(parts) - 1 and names:  # "..., and Matthew Jagielski from Google"
            unaffiliated = AFFILIATED.sub("", part)
            if unaffiliated != part and _kind(unaffiliated) == "name":
                part = unaffiliated
        if part.lower().rstrip(".") in _SUFFIXES and names:
            names[-1] = f"{names[-1]} {part}"
            continue
        if position == len(parts) - 1 and " " in part:
            part = without_venue_after(part)  # "…, Yaron Lipman ICLR 2019 [paper](…)"
        kind = _kind(part)
        if listed and kind != "name" and _CASED_NAME.fullmatch(part):
            kind = "name"  # "xiaobo guo (antgroup)", "ZHAO ZIHAO (…)": a name as its owner types it
        if kind == "affiliation" and names and _named_like_a_place(part, parts, position):
            kind = "name"  # "…, Lei He, Huawei Li, Xiaowei Li": a person among persons
        if kind == "name":
            names.append(part)
        elif kind == "weak":
            weak.add(len(names))
            names.append(part)
        elif kind == "stop":
            if names:
                break
            bad += 1
        elif kind == "junk":
            trimmed = _TRAILING_LOWER.sub("", part) if len(part) <= 100 else part
            last = position == len(parts) - 1 and len(names) >= 2  # a list, then its sentence
            said = _SENTENCE_GOES_ON.sub("", part) if last else part
            if trimmed != part and _kind(trimmed) == "name":
                names.append(trimmed)  # "Ann Lee organization": a label word after the name
            elif said != part and _kind(said) == "name":
                names.append(said)  # "... and Geoffrey Hinton demonstrated that CNNs ..."
            else:
                bad += 1
    if weak:
        # "Gan, C., Zheng, J., Zhu, Q.": an initial and a common word are a name among names
        # written so
        initialled = [k for k, n in enumerate(names) if _INITIALLED_NAME.fullmatch(n)]
        if len(initialled) - len(weak & set(initialled)) >= 2:
            weak -= set(initialled)
    if weak and len(names) - len(weak) >= 2:
        # "…, Rico Angell, He He": a name of pinyin syllables that are English words too,
        # among full names
        weak -= {k for k in weak if _pinyin_name(names[k])}
    if weak:
        # "He, Zhang, Ren, Sun": a common word is a surname among surnames only.
        surnames_only = all(len(n.split()) == 1 for n in names)
        lone = et_al and len(names) == 1 and surnames_only  # "Edge et al.": a surname
        if not lone and not (
            surnames_only and len(names) - len(weak) >= 2 and len(weak) <= len(names) // 2
        ):
            bad += len(weak)
            names = [n for i, n in enumerate(names) if i not in weak]
    if not names or bad > len(names) // 4:
        return [], cleaned
    if len(names) == 1 and not et_al and len(names[0].split()) == 1 and not _is_cjk(names[0]):
        return [], cleaned  # one bare word is a surname only when "et al." says so
    if len(names) == 1 and not et_al and colon:
        return [], cleaned  # "Pyramid Mixer: A Title" is a title; "A, B and C: A Title" is not
    return _initials_last(names), cleaned


_CAPITALISED = lazy_re(r"[A-Z][a-z'’\-]+|[A-Z]\.")  # "Huawei", "J.": a word of a person's name
# the words that make a company's or a school's name of a word that may be a person's too
_ORGANISATION_TAILS = _words("brain ai research asia cloud labs lab university institute x")


def surname_first_pairs(text: str) -> list[str]:
    """TEXT's names when it lists three or more, each surname first ("Min, Yunhong, Choi,
    Daehyeon, Yeo, Kyeongmin"), or two with an initial or a second given name among them
    ("She, D., Liu, Mushui"), else []."""
    return _surname_first_parts(text.split(", "), labelled=True)


def _named_like_a_place(part: str, parts: list[str], position: int) -> bool:
    """Whether PART, typed an affiliation for one word ("Huawei Li", "William Berkeley
    Sheffield"), is a person's name: one such word among two to four, no word of an
    organisation's name, and a name after it in a plain list of names."""
    tokens = part.split()
    if not 2 <= len(tokens) <= 4 or _AFFILIATION_TEXT.search(part):
        return False
    lowered = [t.lower().strip(".") for t in tokens]
    if sum(t in _AFFILIATION_WORDS for t in lowered) != 1 or not _ORGANISATION_TAILS.isdisjoint(
        lowered
    ):
        return False
    if not all(_CAPITALISED.fullmatch(t) for t in tokens):
        return False  # "UC Berkeley": an acronym's capitals make a school's name
    after = _tidy(parts[position + 1]) if position + 1 < len(parts) else ""
    return bool(after) and _kind(after) == "name"


# "Baltzer JL", "Smith S.": the Vancouver style's surname, then the initials
_SURNAME_INITIALS = lazy_re(
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) ([A-Z]{1,2}|(?:[A-Z]\. ?){1,3}|[A-Z](?: [A-Z]){1,2})"
)
_CAPITALS = lazy_re(r"[A-Z][A-Z'’-]+")  # "SARACEVIC": a surname as GB/T 7714 writes it


def _initials_last(names: list[str]) -> list[str]:
    """NAMES in display order when every one is written surname first with dotted initials
    after it ("Smith S., Le Q.": "S. Smith", …); names with bare initials ("Baltzer JL, Veness
    T", GB/T 7714's "BENGIO Y") stay as the page writes them, and so do given names before
    capitalised surnames ("Pengyu LI, Xin WU")."""
    matches = [_SURNAME_INITIALS.fullmatch(name) for name in names]
    if not names or not all(matches):
        return names
    # one name alone only with its surname in capitals ("SARACEVIC T", "CRONIN B")
    if len(names) < 2 and not all(_CAPITALS.fullmatch(m.group(1)) for m in matches if m):
        return names
    initials = [m.group(2).strip() for m in matches if m is not None]
    if not all("." in i for i in initials):
        # "BENGIO Y, DUCHARME R", "Lee KF, Hon HW": GB/T 7714 and Vancouver names are kept as
        # the page writes them (citations.split_name reads their surname first)
        return names
    return [f"{m.group(2).strip()} {m.group(1)}" for m in matches if m is not None]


# "何凯明 (Kaiming He)", "張翔宇(Xiangyu Zhang)": one person, named by the Latin spelling
_CJK_GLOSSED = lazy_re(
    r"[\u3400-\u9fff]{2,4}\s*[(（]\s*([A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,2})\s*[)）]"
)


_CJK_GLOSS_AFTER = lazy_re(r"\s*[(（][\u3400-\u9fff\s,，·]*(?:[)）]|$)")
_ONE_NAME = lazy_re(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’.-]*){1,3}")
_BARRED_NAME = lazy_re(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,5}")


def _piped_names(text: str) -> str:
    """ "Jiayu Ding (丁佳玙) | Siyuan Wang (王思远)": names split by bars (each perhaps with its
    Chinese form) as a comma list; any other text with bars as it is."""
    parts = [_CJK_GLOSS_AFTER.sub("", part).strip() for part in text.split(" | ")]
    if len(parts) >= 2 and all(_ONE_NAME.fullmatch(part) for part in parts):
        return ", ".join(parts)
    # "Ada Moss|Ben de Wren": a data file's names, bars and nothing else between them
    parts = text.split("|")
    if len(parts) >= 2 and all(_BARRED_NAME.fullmatch(part) for part in parts):
        return ", ".join(parts)
    return text


# (a run of spaces entered at its start only: a search tried at each of its spaces would read
# the rest of the run each time)
_ORCID_BADGE = lazy_re(r"(?<!\s)\s*ORCID(?:\s+(?:logo|icon|iD))?\b")


def _clean(text: str) -> str:
    """Markup, links, LaTeX, affiliation marks and labels out; plain separators in."""
    text = unicodedata.normalize("NFC", text)
    if "ORCID" in text:  # "Lars BirkedalORCID logo": a proceedings page's profile badge
        text = _ORCID_BADGE.sub(" ", text)
    if "|" in text:
        text = _piped_names(text)
    if "(" in text or "（" in text:
        text = _CJK_GLOSSED.sub(r"\1", text)
    if _MARKUP.search(text):
        text = _SUPERSCRIPT.sub(" ", text)
        text = _IMAGE.sub(" ", text)
        text = _LINK.sub(r"\1", text)
        text = _TAG.sub(lambda m: " ; " if m.group(1) else " ", text)
        text = _URL.sub(" ", text)
        if "@" in text:
            text = _EMAIL.sub(" ", text)
        text = text.replace("\\|", " | ")
        text = re.sub(r"\s\\+$|\\\\", " ; ", text)  # markdown hard break, LaTeX \\ break
        text = _MATH_SUPER.sub(" ", text)
        if "\\" in text:
            text = _MARKDOWN_ESCAPE.sub(r"\1", text)  # "\*", "\_": markdown, not LaTeX
            if _LATEX_COMMAND.search(text):
                text = _latex_to_text(text)
            text = text.replace("\\", " ")  # a stray backslash (a markdown line break)
        text = text.replace("{", "").replace("}", "")
    # Full-width punctuation and superscript digits as plain ones (NFKC would also fold
    # letters that names keep, so only these).
    text = text.translate(_FOLD)
    text = _MARKS.sub(" ", _PLUS_AFTER_NAME.sub("", text) if "+" in text else text)
    if "_" in text:
        text = re.sub(r"(?<!\w)_+|_+(?!\w)", " ", text)
    if _ANY_DIGIT.search(text):
        text = _DIGITS_AFTER_NAME.sub(" ", text)
        text = _DIGITS_BEFORE_NAME.sub(" ", text)
    text = text.strip().lstrip(",;:|–—.·•，；：")
    text = _unwrap(text.strip())
    text = _LEADING_MARKER.sub("", text)
    text = without_roles(text)
    text = _LABEL.sub("", text, count=1)
    label = _SHORT_LABEL.match(text) if ":" in text else None
    if label:
        text = text[label.end() :]
    if any(ch in text for ch in "([【〔"):
        for _ in range(2):
            text = _BRACKETED.sub(" ", text)
    if any(ch in text for ch in "([【"):  # an unclosed bracket: an affiliation cut off
        text = re.split(r"[(\[【]", text, maxsplit=1)[0]
    return text.strip(" ,;:|-–—")


_FOLD = str.maketrans(
    {
        "，": ",",
        "；": ";",
        "：": ":",
        "（": "(",
        "）": ")",
        "［": "[",
        "］": "]",
        "｜": "|",
        "＆": "&",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u3000": " ",
        "¹": "1",
        "²": "2",
        "³": "3",
        "⁴": "4",
        "⁵": "5",
        "⁶": "6",
        "⁷": "7",
        "⁸": "8",
        "⁹": "9",
        "⁰": "0",
        "’": "'",
        "\u2010": "-",
        "\u2011": "-",
    }
)


def _latex_to_text(text: str) -> str:
    if len(text) > _MAX_LATEX:  # no name list is this long: drop the commands, keep the text
        return re.sub(r"\\[a-zA-Z]+\s*|\\(.)", r"\1", text)
    from papercli.importers.bibtex import unlatex  # the project's one LaTeX decoder

    return unlatex(text)


def _unwrap(text: str) -> str:
    """ "(A, B)" or "[A et al.]" as its inside."""
    pairs = {"(": ")", "[": "]", "【": "】"}
    while len(text) >= 2 and text[0] in pairs and text[-1] == pairs[text[0]]:
        inner = text[1:-1]
        if text[0] in inner or pairs[text[0]] in inner:
            break
        text = inner.strip()
    return text


# "Rui Zhang (; Yong Yu (Univ)": an affiliation left empty, its bracket never closed
_EMPTY_BRACKET = lazy_re(r"\s*[(（]\s*;")
# the labels of a paper's fields but its authors', run on after a value on one line ("Paper:
# Title Link: url Authors: A, B Code: url"): the names' reader and the titles' cuts stop there
RUN_ON_FIELD = (
    r"\s+(?:links?|code|pdf|url|arxiv|abstract|summary|venue|year|date|"
    r"project(?:\s+page)?|website|github|published(?:\s+in)?|链接|代码)"
)
_NEXT_FIELD_LABEL = lazy_re(rf"{RUN_ON_FIELD}\s*[:：]", re.IGNORECASE)


_INITIAL_AFTER = lazy_re(r"\s*[A-Z]\.\s")
# "Int. J. Comput. Vis.", "Proc. A. …": a venue's abbreviated words, never a given name
_VENUE_ABBREVIATIONS = _words(
    "int intl proc trans conf comput vis mach learn res rev lett sci eng syst inf artif "
    "neural ann adv appl natl acad phys stat math"
)


def _cut(text: str) -> tuple[str, bool, bool]:
    """TEXT up to where the name list ends; whether it ended with "et al.", with a colon."""
    end = len(text)
    et_al = False
    lowered = text.lower()
    match = _ET_AL.search(text) if any(h in lowered for h in _ET_AL_HINTS) else None
    if match:
        end, et_al = match.start(), True
    colon = False
    stops = [_STOPPER.search(text, 0, end)]
    if _ANY_DIGIT.search(text, 0, end):
        stops.append(_YEAR_STOPPER.search(text, 0, end))
    if "arxiv" in lowered or "preprint" in lowered or "tech" in lowered:
        stops.append(_WORD_STOPPER.search(text, 0, end))
    stop = min((m for m in stops if m and m.start() > 0), key=lambda m: m.start(), default=None)
    if stop:
        end = stop.start()
        colon = stop.group(0) == ":" and bool(text[end + 1 :].strip())
    for period in _SENTENCE_END.finditer(text, 0, end):
        space = max(text.rfind(" ", 0, period.start()), text.rfind("\n", 0, period.start()))
        word = text[space + 1 : period.start()]
        letters = [ch for ch in word if ch.isalpha()]
        if (
            space < 0
            and _INITIAL_AFTER.match(text, period.end())
            and word.lower() not in _VENUE_ABBREVIATIONS
        ):
            continue  # "Alexander. G. de G. Matthews": a stray point in the first name
        if not word or (
            len(letters) >= 2
            and any(ch.islower() for ch in letters)
            and word.lower().strip(".,") not in _ABBREVIATIONS
            and "." not in word
        ):
            end = period.start()
            break
    return text[:end].strip(" ,;:-–—|·•"), et_al, colon


def _split(text: str, et_al: bool) -> list[str]:
    """TEXT's name parts, with "Last, First" orders turned into "First Last"."""
    # ("Romero, Branden; and Adelson, Edward": the list's "and" after its last semicolon)
    by_and = re.split(r"\s*;\s*(?:(?:and|&)\s+)?|\s+and\s+|\s*&\s*", text, flags=re.IGNORECASE)
    if len(by_and) >= 2 and all(
        p.count(",") == 1
        and _bibtex_name(p)
        and _kind(p.partition(",")[2].strip()) != "affiliation"
        for p in by_and
    ):  # ("Ada Moss, POSTECH; Ben Reed, KAIST": each name, then its affiliation)
        return [_flip(p) for p in by_and]  # "Last, First and Last, First"
    if (
        len(by_and) == 1
        and text.count(",") == 1
        and _bibtex_name(text)
        and _initials_only(text.split(",")[1])
    ):
        return [_flip(text)]  # "Smith, J. A."
    if len(by_and) == 1 and text.count(",") == 1 and _given_then_initials(text.split(",")[1]):
        last = text.split(",")[0].split()
        if len(last) == 1 and last[0][:1].isupper():
            return [_flip(text)]  # "Bishop, Christopher M." (MLA): one name, its middle initial
    parts = [p.strip() for p in _SEPARATOR.split(text)]
    parts = [q for p in parts for q in _CJK_PAIR.split(p) if q and q.lower() not in ("and", "&")]
    if len(parts) >= 4 and all(
        _initials_only(parts[i]) and not _initials_only(parts[i - 1])
        for i in range(1, len(parts) - len(parts) % 2, 2)
    ):  # "Smith, J., Jones, K." (APA)
        initials = parts[1::2]
        if "." in "".join(initials[:-1]) and _LONE_CAPITAL.fullmatch(initials[-1]):
            initials[-1] += "."  # "…, & Yan, Q": the list's end took the initial's point
        return [f"{given} {last}" for last, given in zip(parts[::2], initials, strict=False)]
    paired = _surname_first_parts(parts)
    if paired:
        return paired
    # only the first name inverted: "Xu, Keyulu, Weihua Hu, et al." (MLA), "Alberto, F. J.,
    # J. Derory, and A. Kremer" (ecology journals)
    if (
        len(parts) >= 2
        and len(parts[0].split()) == 1
        and not _HAS_CJK.search(parts[0])
        and text.lstrip().startswith(f"{parts[0]},")  # (not "Slack and Hilgard et al.")
        and (
            (
                _given_name(parts[1])
                # "Mausam, Michael Schmitz, Stephen Soderland": without MLA's "and" before
                # the last name, a given name and a surname are a whole name ("Ba, Jimmy Lei,
                # Jamie Ryan Kiros, and Geoffrey E. Hinton" has it)
                and (
                    len(parts[1].split()) == 1
                    or _given_then_initials(parts[1])
                    or len(by_and) >= 2
                    or et_al
                )
                and (et_al or (len(parts) >= 3 and len(parts[2].split()) >= 2))
                and (len(parts) == 2 or len(parts[2].split()) >= 2)
            )
            or (
                len(parts) >= 3
                and _initials_only(parts[1])
                and all(len(p.split()) >= 2 and not _initials_only(p) for p in parts[2:])
            )
        )
    ):
        return [f"{parts[1]} {parts[0]}", *parts[2:]]
    return parts


def _surname_first_parts(parts: list[str], labelled: bool = False) -> list[str]:
    """PARTS as whole names when they pair, each a surname then its given names, with a second
    given name or an initial among them ("Yamamoto, Maria Sayu, Mellot, Apolline",
    "Nonnenmacher, Marcel, and Greenberg, D.S."), or three pairs or more in a field LABELLED as
    names; else [] (four surnames alike stay apart: "He, Zhang, Ren, Sun")."""
    if len(parts) < 4 or len(parts) % 2:
        return []
    surnames, given = parts[::2], parts[1::2]
    if not all(_LONE_SURNAME.fullmatch(p) for p in surnames):
        return []
    if not all(_GIVEN_PART.fullmatch(p) or _initials_only(p) for p in given):
        return []
    if any(_INITIAL_THEN_WORD.fullmatch(p) for p in given):
        return []  # ("Salakhutdinov, V. Le": a whole name among surnames)
    if not any(" " in p or "." in p for p in given) and not (labelled and len(given) >= 3):
        return []
    return [f"{first} {last}" for last, first in zip(surnames, given, strict=True)]


def _bibtex_name(part: str) -> bool:
    last, _, first = part.partition(",")
    return 1 <= len(last.split()) <= 3 and 1 <= len(first.split()) <= 4


def _initials_only(part: str) -> bool:
    return bool(part.strip()) and _INITIALS.fullmatch(part.strip()) is not None


def _given_name(part: str) -> bool:
    tokens = part.split()
    return 1 <= len(tokens) <= 3 and tokens[0][:1].isupper() and not _initials_only(part)


def _given_then_initials(part: str) -> bool:
    """Whether PART is a given name and its initials ("Christopher M.", "Miguel A")."""
    tokens = part.split()
    return (
        2 <= len(tokens) <= 3
        and tokens[0][:1].isupper()
        and tokens[0][1:].islower()
        and len(tokens[0]) >= 2
        and all(_initials_only(t) for t in tokens[1:])
    )


def _flip(part: str) -> str:
    last, _, first = part.partition(",")
    return f"{first.strip()} {last.strip()}".strip()


def _tidy(part: str) -> str:
    part = " ".join(part.split())
    part = part.strip(" ,;:|-–—\"'“”‘’«»「」『』()[]")
    if part.endswith("."):
        last = part.split()[-1].lower()
        if not (last in _SUFFIXES or _initials_only(part.split()[-1]) or "." in last[:-1]):
            part = part[:-1].rstrip()  # "A Jr. .": a stray point after a space
    if _HAS_CJK.search(part) and not re.search(r"[A-Za-z]", part):
        # "菊池 悠太": a family and a given name apart, as Japanese pages write them, stay so
        part = part if _SPACED_CJK_NAME.fullmatch(part) else part.replace(" ", "")
    return part


@lru_cache(maxsize=1 << 16)
def _kind(part: str) -> str:
    """ "name", "affiliation", "stop" (venue, year, links: the list is over) or "junk"."""
    if _TERMINAL_PART.match(part) or re.fullmatch(r"'?\d{2,4}", part) or _venue_first(part):
        return "stop"
    if _AFFILIATION_TEXT.search(part) or not _AFFILIATION_WORDS.isdisjoint(
        _WORD_SPLIT.split(part.lower())
    ):
        return "affiliation"
    if _is_cjk(part):
        return "name" if _CJK_NAME.fullmatch(part) and not _CJK_LABEL.search(part) else "junk"
    if re.fullmatch(r"[A-Z]{2,10}", part):
        return "affiliation"  # "MIT", "CMU": an institution's acronym
    strength = _latin_name(part)
    return "name" if strength == 2 else "weak" if strength == 1 else "junk"


def _venue_first(part: str) -> bool:
    from papercli.importers.venues import venue_at_start

    return venue_at_start(part)


def _is_cjk(part: str) -> bool:
    return bool(_HAS_CJK.search(part)) and not re.search(r"[A-Za-z]", part)


def _one_surname_after(tokens: list[str]) -> bool:
    """Whether TOKENS are particles, then one word ("van den Elzen")."""
    rest = [t for t in tokens if t not in _LEADING_PARTICLES]
    return len(rest) == 1 and tokens[-1] == rest[0]


@cache
def _latin_name(part: str) -> int:
    """2: a name; 1: a name made only of common words ("He", "Long"); 0: not a name."""
    if len(part) > 60:
        return 0
    tokens = part.split()
    if not 1 <= len(tokens) <= 6:
        return 0
    cased = part.title()
    if (
        2 <= len(tokens) <= 4
        and part.isupper()
        and not cased.isupper()
        and sum(len(t) >= 3 for t in tokens) >= 2
    ):
        # "DAVID GOLDBERG", "GUILLAUME SALHA-GALVAN": a whole name in capitals, as some lists
        # write their authors; only a name that would be one in ordinary case, and no tag of
        # a topic ("UNCERTAINTY ECCV", "OBJECT DETECTION": a list's tags before a title)
        if any(common_word(token) for token in cased.split()):
            return 0
        return 2 if _latin_name(cased) == 2 else 0
    longest = 0
    words = 0
    common = 0
    for pos, token in enumerate(tokens):
        if token.lower() in _PARTICLES and 0 < pos < len(tokens) - 1:
            continue
        if pos == 0 and token in _LEADING_PARTICLES and _one_surname_after(tokens):
            continue  # "van den Elzen", "de Souza": a surname cited alone
        if not token[0].isupper() and token[:2].lower() not in ("d'", "o'", "l'"):
            return 0
        if not all(ch.isalpha() or ch in ".-'" for ch in token):
            return 0
        if token.lower() in _FUNCTION_WORDS:
            return 0  # "Learning From Data": a title
        longest = max(longest, sum(ch.isalpha() for ch in token))
        # "P.N.Suganthan": initials glued on; "Self-Supervised": two words
        for piece in re.split(r"[.\-']", token):
            if len(piece) >= 2:
                words += 1
                lowered = piece.lower()
                common += (
                    lowered in _COMMON
                    or lowered in _TITLE_WORDS
                    or piece.isupper()  # "GAN", "CNN" (or "CN" in "Fernando CN Pereira")
                    or _CAMEL_CASE.search(piece) is not None  # "ChatGPT" (or "DongDong")
                    or (len(piece) >= 7 and lowered.endswith(_WORD_ENDINGS))
                    or (
                        len(tokens) == 1
                        and len(piece) >= 6
                        and lowered.endswith(_WORD_ENDINGS + _ONE_WORD_ENDINGS)
                    )
                )
    if longest < 2:
        return 0
    if common == words:
        if (
            len(tokens) <= 3
            and re.fullmatch(r"[A-Z]\.(?:-?[A-Z]\.)*", tokens[0])
            and not any(t.lower() in _TITLE_WORDS for t in tokens[1:])
        ):
            return 2  # "K. He", "X. Zhang": an initial makes a common word a surname
        if (
            2 <= len(tokens) <= 3
            and all(re.fullmatch(r"[A-Z]{1,2}|(?:[A-Z]\.){1,2}", t) for t in tokens[1:])
            and tokens[0].lower() not in _TITLE_WORDS
        ):
            return 2  # "He K", "Long J": the surname before its initials (Vancouver, GB/T)
        return 1  # every word a common or title word: a phrase, unless among surnames
    return 0 if common * 2 > words else 2  # mostly title words: a title
