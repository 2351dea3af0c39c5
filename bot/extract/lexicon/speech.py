"""How news reports speech: the verbs and nouns that cue a quotation, and the words around them.

Source: written for this project (MIT), from the wording of English news reports. Used by the quotations
extractor (`bot.extract.quotes`). The people extractor keeps its own, shorter SPEECH_VERBS
(`bot/extract/people_lexicon.py`): there a speech verb after a name shows the name is a person's.
"""

from __future__ import annotations

# Verbs that report what someone said or wrote, every form news writes ("said", "tweeted", "called it").
# Lower-case: a capitalised word is a cue only when it ends in -ed ("Tweeted"), see quotes._tokens.is_cue.
CUE_VERBS = frozenset(
    """underline underlines underlined underlining underscore underscored underscores highlight highlights
    highlighted highlighting reaffirm reaffirms reaffirmed reaffirming convey conveys conveyed conveying
    laud lauded lauds condemn condemns condemned condemning appeal appeals appealed flag flags flagged brief
    briefed inform informs informed mention mentions mentioned outline outlines outlined insisting signalled
    signaled signal signals say says said saying tell tells told telling add adds added adding state states
    stated write writes wrote writing tweet tweets tweeted tweeting post posts posted ask asks asked asking
    explain explains explained note notes noted insist insists insisted argue argues argued arguing continue
    continues continued claim claims claimed claiming reply replies replied respond responds responded warn
    warns warned warning announce announces announced acknowledge acknowledged acknowledges admit admits
    admitted observe observed remark remarked recall recalls recalled suggest suggests suggested urge urges
    urged urging vow vows vowed vowing promise promises promised promising pledge pledges pledged pledging
    emphasize emphasizes emphasized emphasise emphasised stress stresses stressed stressing congratulate
    congratulates congratulated congratulating describe describes described describing call calls called
    calling praise praises praised praising criticize criticized criticise criticised accuse accuses accused
    accusing thank thanked express expresses expressed expressing reiterate reiterates reiterated confirm
    confirms confirmed deny denies denied predict predicts predicted quip quips quipped joke jokes joked
    boast boasts boasted complain complains complained concede concedes conceded conclude concluded counter
    countered caution cautions cautioned demand demands demanded muse mused shout shouted yell yelled
    testify testified texted emailed maintain maintains maintained contend contends contended agree agreed
    lament lamented charge charges charged allege alleged alleges commit committing committed dub dubbed
    label labeled labelled refer referred referring tout touted touting hail hailed slam slammed blast
    blasted blasting mock mocked deride derided dismiss dismissed brand branded term termed read reads
    declare declares declared declaring noting explaining stating recount recounted reported reports report
    wondered wonders asserted asserts affirm affirmed proclaimed proclaim chanted chant sang sing cried
    exclaimed pressed interjected repeated repeats repeating put puts retorted retort scoffed sniped snapped
    fumed gushed conceding lashed boasting joking quipping complaining resolving resolved welcomed welcome
    welcomes hailing assured assure assures reassured pointed""".split()
)


# The verbs that only report speech (a subset of CUE_VERBS): after “…,” they always name who said it,
# where a verb of judgement may start a new clause (“…,” Roe congratulated the team and said, …).
REPORTING_VERBS = frozenset(
    """said says told tells added adds wrote writes asked asks replied replies explained explains noted notes
    stated states declared declares tweeted tweets posted posts continued continues insisted insists argued
    argues recalled recalls remarked observed responded responds countered quipped joked warned warns
    announced announces""".split()
)


# Nouns naming something said: "in a statement", "in an interview" make a sentence report speech.
CUE_NOUNS = frozenset(
    """statement statements post posts tweet tweets interview interviews speech speeches remarks remark letter
    message comment comments words address op-ed essay email emails video report reports release readout
    communique announcement""".split()
)


# Auxiliaries and adverbs that may stand between a speaker and the cue: "Smith had also said".
SKIP_BEFORE_CUE = frozenset(
    """had has have was were is are would will could should can did does do also then later once again
    previously recently simply further publicly privately repeatedly flatly never not just still already
    often frequently reportedly originally initially subsequently quickly bluntly told""".split()
)


# Words that open a new clause: after a finished quotation, "X said when ..." still attributes it.
CLAUSE_OPENERS = frozenset(
    """when while after before because as where who which if since though although""".split()
)


# Auxiliaries after "X said" that show a new report follows ("X said it was ..."), not a cue.
CLAUSE_VERBS = frozenset(
    """is are was were has have had will would can could should may might must do does did""".split()
)


# Finite verbs without a regular -ed or -s ending: "he went on to say", "Trump went even further:".
IRREGULAR_FINITE_VERBS = frozenset(
    """went goes go said says told tells wrote writes spoke speaks made makes gave gives took takes came comes
    got gets had has have is was are were will would could can did does do kept put set ran began stood sat
    felt thought knew saw became left""".split()
)
