<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::BrowserWidget</name>
    <message>
        <source>Search: words, tag:T, domain:c02-d2, service:ec2, is:new|learn|review|suspended|due, prop:s&gt;30, prop:d&lt;5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as deck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bury until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag for the selected cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card files (*.csv *.tsv *.txt *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cards shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anki text (*.txt *.tsv);;JSON deck (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo delete (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::CardTableModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (suspended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (buried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you stand, what is due, and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next best step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness by exam domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent practice exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blueprint is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings to see where your data lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — each bar combines your recent exam results and how well you recall the domain&apos;s cards; the share of the exam is in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exams: %1% of %2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards: %1 of %2 studied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the card due today before it slips further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the %1 cards due today before they slip further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill &quot;%1&quot;: it holds the largest share of exam points you have not secured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice exam yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ExamPage</name>
    <message>
        <source>Practice Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed practice exams drawn by the blueprint&apos;s domain weights, with a per-domain report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New practice exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed, at the real exam&apos;s pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam mode: results at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review mode: right or wrong after each answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions in %2 minutes when timed. Questions you have not seen yet come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress cannot be saved (%1), so an exam cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no blueprint to draw an exam from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished exam uses blueprint %1, which is not in the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint %1 is not in the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress cannot be saved (%1): practice exams need the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You have an unfinished exam&lt;/b&gt; (%1, %2): %3 of %4 answered, %5 used%6. Resume where you left off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated scaled score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass (750)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted exams yet: your trend will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated scaled score per attempt (an estimate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ExamView</name>
    <message>
        <source>Submit now (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the exam (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (N) →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit… (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#cfe8cf&apos;&gt;&amp;nbsp;answered&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffd591&apos;&gt;&amp;nbsp;flagged&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#eeeeee&apos;&gt;&amp;nbsp;unanswered&amp;nbsp;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: A–E or 1–6 choose (option F is 6, since F flags) · N next · P previous · F flag · S submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is no longer in the bundled content; it will not be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#1a7f37&apos;&gt;Right.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#b42318&apos;&gt;Not right.&lt;/b&gt; The answer is %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untimed. %1 of %2 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a steady pace of %1 per question you would have done %2 by now; you have answered %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed up: flag hard questions and come back to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Unanswered (%1):&lt;/b&gt; %2&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Flagged (%1):&lt;/b&gt; %2&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question is answered. Submit the exam?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unanswered question counts as wrong. Submit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::FlashcardsPage</name>
    <message>
        <source>Flashcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review with the FSRS scheduler: Space shows the answer, 1–4 rate it, Ctrl+Z undoes, E edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::FlashcardsSession</name>
    <message>
        <source>Your progress database is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::HeatmapWidget</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in the last year</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>archdesk::ui::HelpDialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Archdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Archdesk %1&lt;/h2&gt;&lt;p&gt;Study for the AWS Certified Solutions Architect – Professional exam and plan EC2 fleets, offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Content version:&lt;/b&gt; %2 (generated %3)&lt;br&gt;&lt;b&gt;Price data:&lt;/b&gt; AWS Price List, us-east-1, as of 2026-07-20 (imported prices show their own source and date)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences:&lt;/b&gt; Archdesk is MIT-licensed. Bundled instance-type specifications and prices are taken from aws/karpenter-provider-aws and kubernetes/autoscaler (Apache-2.0) and ec2instances.info (MIT); AWS publishes the prices and specifications themselves. Questions and flashcards are original text written for Archdesk.&lt;/p&gt;&lt;p&gt;AWS and Amazon EC2 are trademarks of Amazon.com, Inc. or its affiliates. Archdesk is not affiliated with or endorsed by Amazon Web Services.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::HistoryModel</name>
    <message>
        <source>Full exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, review mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ImportDialog</name>
    <message>
        <source>Import cards from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (these rows are left out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) ready to import</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>archdesk::ui::MainWindow</name>
    <message>
        <source>Archdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Archdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content %1: %2 questions, %3 cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ReportView</name>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong or unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to practice exams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes on the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exam&apos;s pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1a7f37&apos;&gt;Pass&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b42318&apos;&gt;Not yet a pass&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt; — estimated scaled score &lt;b&gt;%2&lt;/b&gt; (pass at %3)&lt;/span&gt;&lt;br&gt;&lt;i&gt;The scaled score is an estimate: AWS does not publish how raw scores map to its 100–1000 scale. The exam is passed or failed as a whole, not per domain.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right (%3%), %4 unanswered. Time used %5 of %6: %7 per question on average (the exam&apos;s pace is %8); the longest was question %9 at %10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to study next&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2 of %3 right (%4%); this domain is %5% of the exam.&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Every question right.&lt;/b&gt; Try a full exam, or a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services behind the wrong answers: %1.&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every wrong answer is now a flashcard (due today), and &lt;i&gt;My mistakes&lt;/i&gt; drills them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise my mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the exam (blueprint weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D%1 (%2 q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per domain: your % right against the blueprint&apos;s weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is no longer in the bundled content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Question %1&lt;/b&gt; · %2 · &lt;span style=&apos;color:gray&apos;&gt;%3&lt;/span&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your answer: &lt;b&gt;%1&lt;/b&gt; · right answer: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Read more&lt;/b&gt; (opens in your browser):&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ReviewModel</name>
    <message>
        <source>D%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ReviewWidget</name>
    <message>
        <source>Deck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show answer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1a73e8&apos;&gt;New %1&lt;/span&gt; · &lt;span style=&apos;color:#c5221f&apos;&gt;Learning %2&lt;/span&gt; · &lt;span style=&apos;color:#188038&apos;&gt;Review %3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;All done for now.&lt;/b&gt;&lt;br&gt;No cards are due. New cards and reviews come back tomorrow; learning cards when their step is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance, study limits, your exam date, and the safety of your progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability of recalling a card when it comes due. Higher means more reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have booked my exam for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (one a day, last %1 kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your current progress with the backup %1? Your current database is kept as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every review and exam attempt? A backup is made first, so this can be undone with Restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored, but the database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was reset: the backup before resetting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reset. The backup %1 holds what was there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Dashboard, Flashcards, Practice Exam, Cost Planner, Scaling Planner, Reference, Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::StandardPages</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare On-Demand, Reserved, Spot and Savings Plans for an instance type and a usage pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sketch an Auto Scaling group behind a load balancer and simulate it against a demand curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC2 instance families and prices, load balancers, Auto Scaling and the exam blueprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>archdesk::ui::StatisticsWidget</name>
    <message>
        <source>Due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True retention (passed reviews of learned cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young (&lt; 21 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature (≥ 21 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention per exam domain (SAP-C02, last year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flashcards.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new · &lt;b&gt;%2&lt;/b&gt; learning · &lt;b&gt;%3&lt;/b&gt; review · &lt;b&gt;%4&lt;/b&gt; suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
