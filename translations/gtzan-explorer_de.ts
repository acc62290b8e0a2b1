<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppSettings</name>
    <message>
        <source>CUDA was chosen in Preferences, but this LibTorch has no usable GPU: the networks run on the CPU.</source>
        <translation>In den Einstellungen wurde CUDA gewählt, aber diese LibTorch-Version hat keine nutzbare GPU: Die Netze laufen auf der CPU.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(%1) epoch %2 of %3: train accuracy %4</source>
        <translation>(%1) Epoche %2 von %3: Trainingsgenauigkeit %4</translation>
    </message>
    <message>
        <source>Fingerprinting %1 of %2 files...</source>
        <translation>Fingerabdruck von Datei %1 von %2 wird berechnet...</translation>
    </message>
    <message>
        <source>Loading %1: %2 of %3 clips...</source>
        <translation>%1 wird geladen: %2 von %3 Clips...</translation>
    </message>
    <message>
        <source>unperturbed</source>
        <translation>ungestört</translation>
    </message>
    <message>
        <source>Point %1 of %2 (%3): %4 %5 of %6</source>
        <translation>Messpunkt %1 von %2 (%3): %4 %5 von %6</translation>
    </message>
</context>
<context>
    <name>StartupArguments</name>
    <message>
        <source>Explore the GTZAN music-genre data set, hear and see augmentation, train genre classifiers and predict the genre of your own audio files.

One audio file opens in Explore; several are predicted in the Predict tab; a folder opens as the data set.</source>
        <translation>Den GTZAN-Musikgenre-Datensatz erkunden, Augmentierung hören und sehen, Genre-Klassifikatoren trainieren und das Genre eigener Audiodateien vorhersagen.

Eine einzelne Audiodatei wird in „Erkunden“ geöffnet; mehrere werden im Vorhersage-Tab vorhergesagt; ein Ordner wird als Datensatz geöffnet.</translation>
    </message>
    <message>
        <source>Colour theme for this start: system, light or dark.</source>
        <translation>Farbdesign für diesen Start: system, light oder dark.</translation>
    </message>
    <message>
        <source>Start in presentation mode (large fonts and lines for a projector).</source>
        <translation>Im Präsentationsmodus starten (große Schrift und Linien für einen Beamer).</translation>
    </message>
    <message>
        <source>Quit by itself after MS milliseconds.</source>
        <translation>Sich nach MS Millisekunden von selbst beenden.</translation>
    </message>
    <message>
        <source>Audio files or a GTZAN folder.</source>
        <translation>Audiodateien oder ein GTZAN-Ordner.</translation>
    </message>
    <message>
        <source>--quit-after takes a number of milliseconds.</source>
        <translation>--quit-after erwartet eine Anzahl Millisekunden.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ClipPlayback</name>
    <message>
        <source>Decoding %1...</source>
        <translation>%1 wird dekodiert...</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <source>Playing %1 from %2 s</source>
        <translation>%1 wird ab %2 s abgespielt</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ConfusionInspector</name>
    <message>
        <source>Row %</source>
        <translation>Zeilen-%</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>PNG exportieren...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>P(predicted)</source>
        <translation>P(vorhergesagt)</translation>
    </message>
    <message>
        <source>P(true)</source>
        <translation>P(wahr)</translation>
    </message>
    <message>
        <source>No evaluation shown</source>
        <translation>Keine Auswertung angezeigt</translation>
    </message>
    <message>
        <source>%1 — test accuracy %2% on %3 clips, macro F1 %4</source>
        <translation>%1 — Testgenauigkeit %2% auf %3 Clips, Makro-F1 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n clip(s)</source>
        <translation>
            <numerusform>%1 -&gt; %2: %n Clip</numerusform>
            <numerusform>%1 -&gt; %2: %n Clips</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not there any more</source>
        <translation>%1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Export confusion matrix</source>
        <translation>Konfusionsmatrix exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::DatasetExportDialog</name>
    <message>
        <source>Scanning the data set...</source>
        <translation>Datensatz wird gelesen...</translation>
    </message>
    <message>
        <source>Clips: %1 of %2</source>
        <translation>Clips: %1 von %2</translation>
    </message>
    <message>
        <source>Writing the file: %1 of %2 rows</source>
        <translation>Datei wird geschrieben: %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export features for NumPy</source>
        <translation>Merkmale für NumPy exportieren</translation>
    </message>
    <message>
        <source>One .npz file that numpy.load reads: the features or musicnn embeddings of every clip, their labels, clip ids, genres, split sides and the feature settings. Features come from the feature cache when they are there.</source>
        <translation>Eine .npz-Datei, die numpy.load liest: die Merkmale oder musicnn-Embeddings jedes Clips, ihre Labels, Clip-IDs, Genres, Split-Seiten und die Merkmalseinstellungen. Merkmale kommen aus dem Merkmals-Cache, wenn sie dort sind.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>whole clips</source>
        <translation>ganze Clips</translation>
    </message>
    <message>
        <source>musicnn MSD</source>
        <translation>musicnn MSD</translation>
    </message>
    <message>
        <source>musicnn MTT</source>
        <translation>musicnn MTT</translation>
    </message>
    <message>
        <source>none (the split member stays empty)</source>
        <translation>keine (der Split-Eintrag bleibt leer)</translation>
    </message>
    <message>
        <source>where to write the .npz</source>
        <translation>wohin die .npz geschrieben wird</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Wählen...</translation>
    </message>
    <message>
        <source>The data set to export</source>
        <translation>Der zu exportierende Datensatz</translation>
    </message>
    <message>
        <source>Folder with train/valid/test lists</source>
        <translation>Ordner mit train/valid/test-Listen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>NumPy archives (*.npz)</source>
        <translation>NumPy-Archive (*.npz)</translation>
    </message>
    <message>
        <source>Data set:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Merkmale:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <source>Embedding:</source>
        <translation>Embedding:</translation>
    </message>
    <message>
        <source>Split lists:</source>
        <translation>Split-Listen:</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>Ausgabedatei:</translation>
    </message>
    <message>
        <source>Choose the data set to export.</source>
        <translation>Wählen Sie den zu exportierenden Datensatz.</translation>
    </message>
    <message>
        <source>Choose where to write the .npz file.</source>
        <translation>Wählen Sie, wohin die .npz-Datei geschrieben wird.</translation>
    </message>
    <message>
        <source>Choose features, an embedding or both.</source>
        <translation>Wählen Sie Merkmale, ein Embedding oder beides.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <source>Exporting the data set</source>
        <translation>Datensatz wird exportiert</translation>
    </message>
    <message>
        <source>features %1 x %2 x %3</source>
        <translation>Merkmale %1 x %2 x %3</translation>
    </message>
    <message>
        <source>embeddings %1 x %2</source>
        <translation>Embeddings %1 x %2</translation>
    </message>
    <message>
        <source>Written %1: %2 clips, %3, %4 MB.</source>
        <translation>%1 geschrieben: %2 Clips, %3, %4 MB.</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s) could not be read and are not in it.</source>
        <translation>
            <numerusform>%n Clip konnte nicht gelesen werden und ist nicht enthalten.</numerusform>
            <numerusform>%n Clips konnten nicht gelesen werden und sind nicht enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Busy with %1; try again when it is done.</source>
        <translation>Beschäftigt mit %1; versuchen Sie es danach erneut.</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ExperimentsView</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Start experiment</source>
        <translation>Experiment &amp;starten</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>&amp;Bericht öffnen</translation>
    </message>
    <message>
        <source>The reference report (KAIST GCT634 2020) reproduced: every run of its tables is trained into the output folder, one after the other. A finished run is never trained again, so Start on the same folder resumes after a cancel, a crash or a restart. Each run also lands in the History.</source>
        <translation>Der Referenzbericht (KAIST GCT634 2020), nachgestellt: Jeder Lauf seiner Tabellen wird nacheinander in den Ausgabeordner trainiert. Ein fertiger Lauf wird nie erneut trainiert, daher setzt Start auf demselben Ordner nach einem Abbruch, einem Absturz oder einem Neustart fort. Jeder Lauf landet außerdem im Verlauf.</translation>
    </message>
    <message>
        <source>quick: 8 cells on the 50-clip sample, about 10 minutes</source>
        <translation>quick: 8 Zellen auf dem Beispiel mit 50 Clips, etwa 10 Minuten</translation>
    </message>
    <message>
        <source>gct634: the report&apos;s 29 cells x 3 seeds on the full GTZAN (hours to days on a CPU)</source>
        <translation>gct634: die 29 Zellen des Berichts x 3 Seeds auf dem vollständigen GTZAN (Stunden bis Tage auf einer CPU)</translation>
    </message>
    <message>
        <source>protocol&apos;s</source>
        <translation>laut Protokoll</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>GTZAN folder</source>
        <translation>GTZAN-Ordner</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <source>The experiment&apos;s folder</source>
        <translation>Der Ordner des Experiments</translation>
    </message>
    <message>
        <source>epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>S&amp;eeds:</source>
        <translation>S&amp;eeds:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Open report.html of the output folder in the browser</source>
        <translation>report.html des Ausgabeordners im Browser öffnen</translation>
    </message>
    <message>
        <source>Choose the data folder and the output folder.</source>
        <translation>Den Datenordner und den Ausgabeordner wählen.</translation>
    </message>
    <message>
        <source>Re&amp;sume experiment</source>
        <translation>Experiment &amp;fortsetzen</translation>
    </message>
    <message>
        <source>%1 of %2 runs are done in this folder; Resume trains the rest.</source>
        <translation>%1 von %2 Läufen sind in diesem Ordner fertig; Fortsetzen trainiert den Rest.</translation>
    </message>
    <message>
        <source>%1 runs planned (%2 seeds, %3 epochs each).</source>
        <translation>%1 Läufe geplant (%2 Seeds, je %3 Epochen).</translation>
    </message>
    <message>
        <source>%1 of %2 runs done</source>
        <translation>%1 von %2 Läufen fertig</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>; training %1</source>
        <translation>; %1 wird trainiert</translation>
    </message>
    <message>
        <source>; %1 elapsed</source>
        <translation>; %1 vergangen</translation>
    </message>
    <message>
        <source>, about %1 to go</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 runs trained now, %2 earlier; Resume trains the rest.</source>
        <translation>Abgebrochen: %1 Läufe jetzt trainiert, %2 früher; Fortsetzen trainiert den Rest.</translation>
    </message>
    <message>
        <source>Finished: %1 runs trained now, %2 earlier, %3 failed, in %4.</source>
        <translation>Beendet: %1 Läufe jetzt trainiert, %2 früher, %3 fehlgeschlagen, in %4.</translation>
    </message>
    <message>
        <source>The report: %1</source>
        <translation>Der Bericht: %1</translation>
    </message>
    <message>
        <source>Cancelled: the finished runs are kept, and the report shows them; Resume trains the rest.</source>
        <translation>Abgebrochen: Die fertigen Läufe bleiben erhalten, und der Bericht zeigt sie; Fortsetzen trainiert den Rest.</translation>
    </message>
    <message>
        <source>Cancelling: the running run stops within a batch; the finished ones are kept.</source>
        <translation>Wird abgebrochen: Der aktuelle Lauf hält innerhalb eines Batches an; die fertigen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation>Experiment: %1</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::FaultsPanel</name>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Suspect labels</source>
        <translation>Verdächtige Labels</translation>
    </message>
    <message>
        <source>Leakage</source>
        <translation>Datenleck (Leakage)</translation>
    </message>
    <message>
        <source>Robustness sweep</source>
        <translation>Robustheitstest</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::FigureSizeDialog</name>
    <message>
        <source>Figure size</source>
        <translation>Grafikgröße</translation>
    </message>
    <message>
        <source>Slide (1600 x 900)</source>
        <translation>Folie (1600 x 900)</translation>
    </message>
    <message>
        <source>Full HD (1920 x 1080)</source>
        <translation>Full HD (1920 x 1080)</translation>
    </message>
    <message>
        <source>Page (2400 x 1600)</source>
        <translation>Seite (2400 x 1600)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::FirstStartPage</name>
    <message>
        <source>Welcome to GTZAN Explorer</source>
        <translation>Willkommen bei GTZAN Explorer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;GTZAN&lt;/b&gt; is the music-genre data set most genre classifiers are first tried on: 1000 clips of 30 seconds, 100 in each of 10 genres (blues, classical, country, disco, hiphop, jazz, metal, pop, reggae, rock), 22050 Hz mono, collected by George Tzanetakis in 2000-2001. The archive is about 1.2 GB.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Its faults&lt;/b&gt; are known and shown here in the Faults tab: repeated clips, clips from the same recording, mislabelled clips and distortions (Sturm, 2013). They make accuracies on random splits look better than they are.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Its terms:&lt;/b&gt; GTZAN has no licence. The clips are excerpts of commercial recordings, shared for research and teaching; do not redistribute them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;GTZAN&lt;/b&gt; ist der Musikgenre-Datensatz, an dem die meisten Genre-Klassifikatoren zuerst erprobt werden: 1000 Clips zu 30 Sekunden, 100 in jedem von 10 Genres (blues, classical, country, disco, hiphop, jazz, metal, pop, reggae, rock), 22050 Hz mono, gesammelt von George Tzanetakis 2000-2001. Das Archiv ist etwa 1,2 GB groß.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seine Fehler&lt;/b&gt; sind bekannt und hier im Reiter Fehler zu sehen: wiederholte Clips, Clips aus derselben Aufnahme, falsch beschriftete Clips und Verzerrungen (Sturm, 2013). Sie lassen Genauigkeiten auf zufälligen Aufteilungen besser aussehen, als sie sind.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seine Bedingungen:&lt;/b&gt; GTZAN hat keine Lizenz. Die Clips sind Ausschnitte kommerzieller Aufnahmen, für Forschung und Lehre geteilt; geben Sie sie nicht weiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a GTZAN folder...</source>
        <translation>GTZAN-Ordner öffnen...</translation>
    </message>
    <message>
        <source>A GTZAN you already have, in any of its layouts (genres/, genres_original/, or the folder above or below).</source>
        <translation>Ein GTZAN, das Sie schon haben, in jedem seiner Layouts (genres/, genres_original/ oder der Ordner darüber oder darunter).</translation>
    </message>
    <message>
        <source>Download GTZAN...</source>
        <translation>GTZAN herunterladen...</translation>
    </message>
    <message>
        <source>About 1.2 GB from a known mirror, checked against its published SHA-256, unpacked safely, then opened. It can be paused and resumed.</source>
        <translation>Etwa 1,2 GB von einem bekannten Spiegelserver, gegen die veröffentlichte SHA-256 geprüft, sicher entpackt und dann geöffnet. Es lässt sich anhalten und fortsetzen.</translation>
    </message>
    <message>
        <source>Use the 50-clip sample</source>
        <translation>Die 50-Clip-Stichprobe verwenden</translation>
    </message>
    <message>
        <source>Five real clips per genre, found beside the program: enough to try everything.</source>
        <translation>Fünf echte Clips je Genre, neben dem Programm gefunden: genug, um alles auszuprobieren.</translation>
    </message>
    <message>
        <source>Try the synthetic demo</source>
        <translation>Die synthetische Demo ausprobieren</translation>
    </message>
    <message>
        <source>Made-up sounds in ten folders, made on this computer in a few seconds: for trying the program, not for learning genres.</source>
        <translation>Erfundene Klänge in zehn Ordnern, in wenigen Sekunden auf diesem Rechner erzeugt: zum Ausprobieren des Programms, nicht zum Lernen von Genres.</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::FolderEvaluationDialog</name>
    <message>
        <source>Evaluate %1 on %2</source>
        <translation>%1 auf %2 auswerten</translation>
    </message>
    <message>
        <source>Evaluating %1 on the clips of %2...</source>
        <translation>%1 wird auf den Clips von %2 ausgewertet...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clip accuracy %1%&lt;/b&gt; on %2 clips (macro F1 %3; by vote %4%, segments %5%).</source>
        <translation>&lt;b&gt;Clip-Genauigkeit %1%&lt;/b&gt; auf %2 Clips (Makro-F1 %3; per Mehrheit %4%, Segmente %5%).</translation>
    </message>
    <message>
        <source>%1 clip(s) left out: %2</source>
        <translation>%1 Clip(s) ausgelassen: %2</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>Die Auswertung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>Die Auswertung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::GetGtzanDialog</name>
    <message>
        <source>Download GTZAN</source>
        <translation>GTZAN herunterladen</translation>
    </message>
    <message>
        <source>GTZAN&apos;s genres.tar.gz (about 1.2 GB; 1.3 GB unpacked) comes from the first mirror that answers. Its SHA-256 is checked before anything is unpacked, and it is unpacked into the folder below only. GTZAN has no licence: it is shared for research and teaching.</source>
        <translation>GTZANs genres.tar.gz (etwa 1,2 GB; entpackt 1,3 GB) kommt vom ersten Spiegelserver, der antwortet. Seine SHA-256 wird geprüft, bevor etwas entpackt wird, und entpackt wird nur in den Ordner unten. GTZAN hat keine Lizenz: Es wird für Forschung und Lehre geteilt.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>Put GTZAN in</source>
        <translation>GTZAN ablegen in</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>What each mirror does appears here.</source>
        <translation>Was jeder Spiegelserver tut, erscheint hier.</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <source>GTZAN is in %1: %2 clips (%3).</source>
        <translation>GTZAN liegt in %1: %2 Clips (%3).</translation>
    </message>
    <message>
        <source>Stopped. What was downloaded is kept: Download again resumes it.</source>
        <translation>Angehalten. Das bisher Heruntergeladene bleibt erhalten: Erneut herunterladen setzt fort.</translation>
    </message>
    <message>
        <source>&amp;Download again</source>
        <translation>&amp;Erneut herunterladen</translation>
    </message>
    <message>
        <source>Downloading from %1: %2 of %3 MB, %4 MB/s, %5 left</source>
        <translation>Herunterladen von %1: %2 von %3 MB, %4 MB/s, noch %5</translation>
    </message>
    <message>
        <source>Checking the SHA-256: %1 of %2 MB</source>
        <translation>SHA-256 wird geprüft: %1 von %2 MB</translation>
    </message>
    <message>
        <source>Unpacking: %1 MB</source>
        <translation>Entpacken: %1 MB</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::JobList</name>
    <message>
        <source>No background jobs.</source>
        <translation>Keine Hintergrundaufträge.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (wartet)</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Starts when the job before it ends.</source>
        <translation>Beginnt, wenn der Auftrag davor endet.</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::JobText</name>
    <message>
        <source>Waiting for “%1” to end; this starts then (the job list in the status bar can cancel either).</source>
        <translation>Wartet, bis „%1“ endet; dann beginnt dieser Auftrag (die Auftragsliste in der Statusleiste kann beide abbrechen).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not started: “%1” is running, and only one long job runs at a time. Start this again when it has ended, or cancel it in the job list in the status bar.</source>
        <translation>Nicht gestartet: „%1“ läuft, und es läuft immer nur ein langer Auftrag. Starten Sie dies erneut, wenn er beendet ist, oder brechen Sie ihn in der Auftragsliste in der Statusleiste ab.</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::JobsIndicator</name>
    <message>
        <source>Background jobs: click to see them and to cancel one</source>
        <translation>Hintergrundaufträge: klicken, um sie zu sehen und einen abzubrechen</translation>
    </message>
    <message>
        <source>1 job running</source>
        <translation>1 Auftrag läuft</translation>
    </message>
    <message>
        <source>%1 jobs running</source>
        <translation>%1 Aufträge laufen</translation>
    </message>
    <message>
        <source>%1, %2 waiting</source>
        <translation>%1, %2 wartend</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::LeakageView</name>
    <message>
        <source>Run &amp;leakage experiment</source>
        <translation>&amp;Datenleck-Experiment starten</translation>
    </message>
    <message>
        <source>Why do papers report over 90% on GTZAN, when the artist-filtered split tops out near 80%? Train the same model three ways and compare: (a) segments split at random, so slices of one song train and test; (b) clips split at random; (c) the fault-filtered split, which keeps artists apart and leaves out replicas.</source>
        <translation>Warum berichten Veröffentlichungen über 90 % auf GTZAN, wenn die nach Künstlern gefilterte Aufteilung bei etwa 80 % an ihre Grenze stößt? Dasselbe Modell auf drei Arten trainieren und vergleichen: (a) Segmente zufällig aufgeteilt, sodass Ausschnitte desselben Songs in Training und Test landen; (b) Clips zufällig aufgeteilt; (c) die fehlerbereinigte Aufteilung (fault-filtered), die Künstler getrennt hält und Replikate auslässt.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>(a) segments</source>
        <translation>(a) Segmente</translation>
    </message>
    <message>
        <source>(b) clips</source>
        <translation>(b) Clips</translation>
    </message>
    <message>
        <source>(c) fault-filtered</source>
        <translation>(c) fehlerbereinigt</translation>
    </message>
    <message>
        <source>Open a data set folder first.</source>
        <translation>Zuerst einen Datensatzordner öffnen.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>(%1) %2: test accuracy %3 on %4 test %5 (%6 training)</source>
        <translation>(%1) %2: Testgenauigkeit %3 bei %4 %5 im Test (%6 im Training)</translation>
    </message>
    <message>
        <source>(%1) %2: not run: %3</source>
        <translation>(%1) %2: nicht ausgeführt: %3</translation>
    </message>
    <message>
        <source>Done: %1 on %2.</source>
        <translation>Fertig: %1 auf %2.</translation>
    </message>
    <message>
        <source>Leakage experiment finished</source>
        <translation>Datenleck-Experiment beendet</translation>
    </message>
    <message>
        <source>Leakage experiment</source>
        <translation>Datenleck-Experiment</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ListenView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Start listening</source>
        <translation>Zuhören starten</translation>
    </message>
    <message>
        <source>Save recording…</source>
        <translation>Aufnahme speichern…</translation>
    </message>
    <message>
        <source>Save timeline…</source>
        <translation>Zeitleiste speichern…</translation>
    </message>
    <message>
        <source>Keep what is heard (up to 10 min)</source>
        <translation>Gehörtes behalten (bis 10 min)</translation>
    </message>
    <message>
        <source>Microphones and line inputs, and the monitor of each output: what this computer plays</source>
        <translation>Mikrofone und Line-Eingänge sowie der Monitor jedes Ausgangs: was dieser Computer abspielt</translation>
    </message>
    <message>
        <source>Start or stop listening (Ctrl+Shift+L)</source>
        <translation>Zuhören starten oder beenden (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>%v dBFS</source>
        <translation>%v dBFS</translation>
    </message>
    <message>
        <source>Input level (RMS)</source>
        <translation>Eingangspegel (RMS)</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingang:</translation>
    </message>
    <message>
        <source>Genre of each passing second (the last minute)</source>
        <translation>Genre jeder vergangenen Sekunde (die letzte Minute)</translation>
    </message>
    <message>
        <source>musicnn tags, newest on the right</source>
        <translation>musicnn-Tags, die neuesten rechts</translation>
    </message>
    <message>
        <source>Current probabilities</source>
        <translation>Aktuelle Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Aufnahme speichern</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV-Audio (*.wav)</translation>
    </message>
    <message>
        <source>Save timeline</source>
        <translation>Zeitleiste speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.json)</source>
        <translation>CSV (*.csv);;JSON-Zeilen (*.json)</translation>
    </message>
    <message>
        <source>Pick an input and start listening. The first answer comes once 3 s of sound are there.</source>
        <translation>Wählen Sie einen Eingang und starten Sie das Zuhören. Die erste Antwort kommt, sobald 3 s Klang da sind.</translation>
    </message>
    <message>
        <source>Model: %1 (chosen in the Predict tab)</source>
        <translation>Modell: %1 (im Tab Vorhersage gewählt)</translation>
    </message>
    <message>
        <source>the starter model</source>
        <translation>das Startmodell</translation>
    </message>
    <message>
        <source>%1 (what this computer plays)</source>
        <translation>%1 (was dieser Computer abspielt)</translation>
    </message>
    <message>
        <source>No sound input found</source>
        <translation>Kein Toneingang gefunden</translation>
    </message>
    <message>
        <source>No sound input to listen to: %1</source>
        <translation>Kein Toneingang zum Zuhören: %1</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Zuhören beenden</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Hört zu…</translation>
    </message>
    <message>
        <source>%1 (%2). The first answer comes once 3 s of sound are there.</source>
        <translation>%1 (%2). Die erste Antwort kommt, sobald 3 s Klang da sind.</translation>
    </message>
    <message>
        <source>Stopped after %1 answers. The GUI thread&apos;s longest pause while listening: %2 ms.</source>
        <translation>Nach %1 Antworten beendet. Längste Pause des GUI-Threads beim Zuhören: %2 ms.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Hört nicht zu</translation>
    </message>
    <message>
        <source>Unsure: silence</source>
        <translation>Unsicher: Stille</translation>
    </message>
    <message>
        <source>The input is (nearly) silent: there is no music to tell a genre from.</source>
        <translation>Der Eingang ist (fast) still: Es gibt keine Musik, an der sich ein Genre erkennen ließe.</translation>
    </message>
    <message>
        <source>Unsure (most like %1, %2%)</source>
        <translation>Unsicher (am ehesten %1, %2 %)</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Why unsure: %1.</source>
        <translation>Warum unsicher: %1.</translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation>Tags: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Tempo: %1 bpm, %2 beats in the last %3 s.</source>
        <translation>Tempo: %1 BPM, %2 Schläge in den letzten %3 s.</translation>
    </message>
    <message>
        <source>Tempo: not yet.</source>
        <translation>Tempo: noch nicht.</translation>
    </message>
    <message>
        <source>Nothing was kept: tick &quot;Keep what is heard&quot; before listening.</source>
        <translation>Nichts wurde behalten: Setzen Sie vor dem Zuhören „Gehörtes behalten“.</translation>
    </message>
    <message>
        <source>Saved %1 s of what was heard to %2</source>
        <translation>%1 s des Gehörten in %2 gespeichert</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the timeline (%1 answers) to %2</source>
        <translation>Zeitleiste (%1 Antworten) in %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::MainWindow</name>
    <message>
        <source>GTZAN Explorer</source>
        <translation>GTZAN Explorer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open audio file...</source>
        <translation>Audiodatei ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open audio file</source>
        <translation>Audiodatei öffnen</translation>
    </message>
    <message>
        <source>Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)</source>
        <translation>Audiodateien (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Wiedergabe / Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>%1 shown in %2 ms</source>
        <translation>%1 in %2 ms angezeigt</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Erkunden</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>%1 clips, %2 with problems</source>
        <translation>%1 Clips, %2 mit Problemen</translation>
    </message>
    <message>
        <source>Switch an augmentation on first: there is no augmented clip to export.</source>
        <translation>Zuerst eine Augmentierung einschalten: Es gibt keinen augmentierten Clip zum Exportieren.</translation>
    </message>
    <message>
        <source>Export augmented clip</source>
        <translation>Augmentierten Clip exportieren</translation>
    </message>
    <message>
        <source>WAV (*.wav)</source>
        <translation>WAV (*.wav)</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Auf / Ab</translation>
    </message>
    <message>
        <source>Previous / next clip in the clip table</source>
        <translation>Vorheriger / nächster Clip in der Clip-Tabelle</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Zoom the waveform and spectrogram in time</source>
        <translation>Wellenform und Spektrogramm zeitlich zoomen</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>Pan the waveform and spectrogram</source>
        <translation>Wellenform und Spektrogramm verschieben</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Seek the player to that time</source>
        <translation>Den Player an diese Stelle setzen</translation>
    </message>
    <message>
        <source>Drop files or a folder</source>
        <translation>Dateien oder einen Ordner ablegen</translation>
    </message>
    <message>
        <source>Open them (see the README for what goes where)</source>
        <translation>Sie öffnen (was wohin geht, steht im README)</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is taken off the recent list.</source>
        <translation>%1 existiert nicht mehr; es wird aus der Liste der zuletzt geöffneten entfernt.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Liste der zuletzt geöffneten leeren</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Tastenkürzel...</translation>
    </message>
    <message>
        <source>&amp;About GTZAN Explorer...</source>
        <translation>Ü&amp;ber GTZAN Explorer...</translation>
    </message>
    <message>
        <source>About GTZAN Explorer</source>
        <translation>Über GTZAN Explorer</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Open &amp;folder...</source>
        <translation>&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>Open a GTZAN folder</source>
        <translation>Einen GTZAN-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Load &amp;split folder...</source>
        <translation>&amp;Aufteilungsordner laden...</translation>
    </message>
    <message>
        <source>Folder with train/valid/test lists</source>
        <translation>Ordner mit train/valid/test-Listen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Play original (A)</source>
        <translation>Original abspielen (A)</translation>
    </message>
    <message>
        <source>Play augmented (B)</source>
        <translation>Augmentiert abspielen (B)</translation>
    </message>
    <message>
        <source>No augmented clip yet: switch an augmentation on in the panel.</source>
        <translation>Noch kein augmentierter Clip: Im Bedienfeld eine Augmentierung einschalten.</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>%1 wird durchsucht...</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <source>Augmented clip written to %1</source>
        <translation>Augmentierter Clip nach %1 geschrieben</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>Pre&amp;dict</source>
        <translation>&amp;Vorhersagen</translation>
    </message>
    <message>
        <source>&amp;Predict files...</source>
        <translation>Dateien &amp;vorhersagen...</translation>
    </message>
    <message>
        <source>Predict the genre of audio files</source>
        <translation>Das Genre von Audiodateien vorhersagen</translation>
    </message>
    <message>
        <source>Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;All files (*)</source>
        <translation>Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GTZAN Explorer %1&lt;/h3&gt;&lt;p&gt;Explore the GTZAN music-genre data set, hear and see what augmentation does, train genre classifiers and predict the genre of your own files.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and LibTorch. Licence: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;The starter model carries the pretrained musicnn MSD weights: musicnn, Copyright (c) 2019 Jordi Pons and Xavier Serra, ISC licence (see the package&apos;s copyright file).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GTZAN Explorer %1&lt;/h3&gt;&lt;p&gt;Den GTZAN-Musikgenre-Datensatz erkunden, hören und sehen, was Augmentierung bewirkt, Genre-Klassifikatoren trainieren und das Genre eigener Dateien vorhersagen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und LibTorch. Lizenz: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Das Startmodell enthält die vortrainierten musicnn-MSD-Gewichte: musicnn, Copyright (c) 2019 Jordi Pons und Xavier Serra, ISC-Lizenz (siehe die copyright-Datei des Pakets).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fa&amp;ults</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <source>%1 is not in the browser&apos;s folder</source>
        <translation>%1 liegt nicht im Ordner des Datensatz-Browsers</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Zoom the frequency (or amplitude) axis</source>
        <translation>Die Frequenz- (oder Amplituden-)Achse zoomen</translation>
    </message>
    <message>
        <source>Double-click, Ctrl+0</source>
        <translation>Doppelklick, Strg+0</translation>
    </message>
    <message>
        <source>Show the whole clip and every band again</source>
        <translation>Wieder den ganzen Clip und alle Bänder zeigen</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large fonts and lines for a projector, the docks out of the way (F5)</source>
        <translation>Große Schrift und Linien für einen Beamer, Dock-Fenster ausgeblendet (F5)</translation>
    </message>
    <message>
        <source>&amp;Compare A and B</source>
        <translation>A und B &amp;vergleichen</translation>
    </message>
    <message>
        <source>Switch an augmentation on in the panel to see what it changes.</source>
        <translation>Im Bedienfeld eine Augmentierung einschalten, um zu sehen, was sie verändert.</translation>
    </message>
    <message>
        <source>GTZAN Explorer - making the synthetic demo data set...</source>
        <translation>GTZAN Explorer - der synthetische Demo-Datensatz wird erzeugt...</translation>
    </message>
    <message>
        <source>GTZAN Explorer - SYNTHETIC demo data (File &gt; Open folder for a real GTZAN)</source>
        <translation>GTZAN Explorer - SYNTHETISCHE Demodaten (Datei &gt; Ordner öffnen für ein echtes GTZAN)</translation>
    </message>
    <message>
        <source>The waveform and spectrogram shown (or the compare view) as PNG or SVG, at a size you choose</source>
        <translation>Die angezeigte Wellenform und das Spektrogramm (oder die Vergleichsansicht) als PNG oder SVG, in einer wählbaren Größe</translation>
    </message>
    <message>
        <source>The original and the augmented clip as two WAV files and the compare view as PNG and SVG, named after the clip and the augmentation</source>
        <translation>Original und augmentierten Clip als zwei WAV-Dateien und die Vergleichsansicht als PNG und SVG, benannt nach Clip und Augmentierung</translation>
    </message>
    <message>
        <source>Nothing to export yet: open a clip and wait until it is drawn.</source>
        <translation>Noch nichts zu exportieren: Einen Clip öffnen und warten, bis er gezeichnet ist.</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Grafik exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Figure written to %1</source>
        <translation>Grafik nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Figure not written</source>
        <translation>Grafik nicht geschrieben</translation>
    </message>
    <message>
        <source>Folder for the A/B pair</source>
        <translation>Ordner für das A/B-Paar</translation>
    </message>
    <message>
        <source>Writing %1 and %2...</source>
        <translation>%1 und %2 werden geschrieben...</translation>
    </message>
    <message>
        <source>A/B pair written to %1: %2.wav, .png, .svg and the original</source>
        <translation>A/B-Paar nach %1 geschrieben: %2.wav, .png, .svg und das Original</translation>
    </message>
    <message>
        <source>Export fi&amp;gure...</source>
        <translation>&amp;Grafik exportieren...</translation>
    </message>
    <message>
        <source>Export A/&amp;B pair...</source>
        <translation>A/B-&amp;Paar exportieren...</translation>
    </message>
    <message>
        <source>&amp;Download GTZAN...</source>
        <translation>GTZAN &amp;herunterladen...</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Zuhören</translation>
    </message>
    <message>
        <source>&amp;Data set</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <source>Export &amp;features...</source>
        <translation>&amp;Merkmale exportieren...</translation>
    </message>
    <message>
        <source>The data set&apos;s features or musicnn embeddings, labels, ids and split as one NumPy .npz file</source>
        <translation>Merkmale oder musicnn-Embeddings, Labels, IDs und Split des Datensatzes als eine NumPy-.npz-Datei</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::MapView</name>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Make map</source>
        <translation>Karte erstellen</translation>
    </message>
    <message>
        <source>musicnn MSD (max_pool)</source>
        <translation>musicnn MSD (max_pool)</translation>
    </message>
    <message>
        <source>musicnn MTT (max_pool)</source>
        <translation>musicnn MTT (max_pool)</translation>
    </message>
    <message>
        <source>musicnn MSD (penultimate)</source>
        <translation>musicnn MSD (vorletzte Schicht)</translation>
    </message>
    <message>
        <source>Trained model file...</source>
        <translation>Trainierte Modelldatei...</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Known faults</source>
        <translation>Bekannte Fehler</translation>
    </message>
    <message>
        <source>t-SNE&apos;s random start: the same seed gives the same map</source>
        <translation>Zufälliger Start von t-SNE: Derselbe Seed ergibt dieselbe Karte</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Selected clips (double-click plays)</source>
        <translation>Ausgewählte Clips (Doppelklick spielt ab)</translation>
    </message>
    <message>
        <source>No map yet: choose an embedding and press Make map</source>
        <translation>Noch keine Karte: Eine Einbettung wählen und „Karte erstellen“ drücken</translation>
    </message>
    <message>
        <source>Hover over a point to name its clip; click it to hear it.</source>
        <translation>Mit der Maus über einen Punkt fahren, um seinen Clip zu sehen; klicken, um ihn anzuhören.</translation>
    </message>
    <message>
        <source>Model for the map</source>
        <translation>Modell für die Karte</translation>
    </message>
    <message>
        <source>Model %1 (penultimate)</source>
        <translation>Modell %1 (vorletzte Schicht)</translation>
    </message>
    <message>
        <source>Open a data set folder in the browser to map it.</source>
        <translation>Einen Datensatzordner im Datensatz-Browser öffnen, um eine Karte davon zu erstellen.</translation>
    </message>
    <message>
        <source>Make map places every clip of %1 by its embedding.</source>
        <translation>„Karte erstellen“ platziert jeden Clip von %1 anhand seiner Einbettung.</translation>
    </message>
    <message>
        <source>Loading the embedding...</source>
        <translation>Die Einbettung wird geladen...</translation>
    </message>
    <message>
        <source>%1 clips from %2, %3: genres sit apart with a silhouette of %4 (-1..1; above 0: clips of a genre are nearer each other). Embeddings %5 s, map %6 s.%7</source>
        <translation>%1 Clips aus %2, %3: Die Genres liegen mit einem Silhouettenkoeffizienten von %4 auseinander (-1..1; über 0: Clips eines Genres liegen näher beieinander). Einbettungen %5 s, Karte %6 s.%7</translation>
    </message>
    <message>
        <source> Left off: %1.</source>
        <translation> Ausgelassen: %1.</translation>
    </message>
    <message>
        <source>No map: %1</source>
        <translation>Keine Karte: %1</translation>
    </message>
    <message>
        <source>Embedding the clips... %1%</source>
        <translation>Clips werden eingebettet... %1%</translation>
    </message>
    <message>
        <source>Projecting... %1%</source>
        <translation>Wird projiziert... %1%</translation>
    </message>
    <message>
        <source>%1 cannot be placed on the map: %2</source>
        <translation>%1 kann nicht auf der Karte platziert werden: %2</translation>
    </message>
    <message>
        <source>Your files</source>
        <translation>Eigene Dateien</translation>
    </message>
    <message>
        <source>%1 (your file)</source>
        <translation>%1 (eigene Datei)</translation>
    </message>
    <message>
        <source>%1 (%2); click to hear it</source>
        <translation>%1 (%2); zum Anhören klicken</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Right or wrong</source>
        <translation>Richtig oder falsch</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Prediction and Right or wrong need a map made from a trained model; Replicas, the Faults tab&apos;s Find replicas</source>
        <translation>„Vorhersage“ und „Richtig oder falsch“ brauchen eine Karte aus einem trainierten Modell; „Replikate“ die Replikatsuche des Fehler-Tabs</translation>
    </message>
    <message>
        <source>Prediction and Right or wrong need a map made from a trained model (Embedding: Trained model file...)</source>
        <translation>„Vorhersage“ und „Richtig oder falsch“ brauchen eine Karte aus einem trainierten Modell (Einbettung: Trainierte Modelldatei...)</translation>
    </message>
    <message>
        <source>Known fault</source>
        <translation>Bekannter Fehler</translation>
    </message>
    <message>
        <source>Replica (run Find replicas on the Faults tab)</source>
        <translation>Replikat (die Replikatsuche im Fehler-Tab ausführen)</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 hier)</translation>
    </message>
    <message>
        <source>%1 (%2, the model says %3); click to hear it</source>
        <translation>%1 (%2, das Modell sagt %3); zum Anhören klicken</translation>
    </message>
    <message>
        <source>Draw a lasso around points to list their clips (else dragging pans)</source>
        <translation>Ein Lasso um Punkte ziehen, um ihre Clips aufzulisten (sonst verschiebt Ziehen die Ansicht)</translation>
    </message>
    <message>
        <source>Folder map</source>
        <translation>Ordnerkarte</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ModelDescription</name>
    <message>
        <source>%1: network %2 (%3 parameters), features %4, %5 genres (%6).</source>
        <translation>%1: Netz %2 (%3 Parameter), Merkmale %4, %5 Genres (%6).</translation>
    </message>
    <message>
        <source>Embedding: pretrained musicnn %1%2.</source>
        <translation>Einbettung: vortrainiertes musicnn %1%2.</translation>
    </message>
    <message>
        <source>, weights carried in the model file</source>
        <translation>, Gewichte in der Modelldatei enthalten</translation>
    </message>
    <message>
        <source>Trained on %1 clips</source>
        <translation>Trainiert auf %1 Clips</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>: %1-fold cross-validated clip accuracy %2% (each clip predicted by a model that never saw it); %3 of the %4 clips come out unsure.</source>
        <translation>: %1-fach kreuzvalidierte Clip-Genauigkeit %2% (jeder Clip von einem Modell vorhergesagt, das ihn nie gesehen hat); %3 der %4 Clips sind unsicher.</translation>
    </message>
    <message>
        <source>, tested on %1 held-out clips (split: %3): clip accuracy %2%.</source>
        <translation>, getestet auf %1 zurückgehaltenen Clips (Aufteilung: %3): Clip-Genauigkeit %2%.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>, not tested on held-out clips: its accuracy is unknown.</source>
        <translation>, nicht auf zurückgehaltenen Clips getestet: seine Genauigkeit ist unbekannt.</translation>
    </message>
    <message>
        <source>It has seen very few clips: take its answers as a rough guess, and train a model on the full GTZAN for real use.</source>
        <translation>Es hat sehr wenige Clips gesehen: Seine Antworten sind nur eine grobe Schätzung; für den echten Einsatz ein Modell auf dem vollständigen GTZAN trainieren.</translation>
    </message>
    <message>
        <source>Its confidences are calibrated on %1 validation clips it did not train on</source>
        <translation>Seine Konfidenzen sind auf %1 Validierungsclips kalibriert, auf denen es nicht trainiert hat</translation>
    </message>
    <message>
        <source>Its confidences are calibrated on %1 out-of-fold clips</source>
        <translation>Seine Konfidenzen sind auf %1 Out-of-Fold-Clips kalibriert</translation>
    </message>
    <message>
        <source> (expected calibration error %1 before, %2 after).</source>
        <translation> (erwarteter Kalibrierungsfehler vorher %1, nachher %2).</translation>
    </message>
    <message>
        <source>Its confidences are calibrated.</source>
        <translation>Seine Konfidenzen sind kalibriert.</translation>
    </message>
    <message>
        <source>Its confidences are not calibrated: a high percentage may not mean it is usually right.</source>
        <translation>Seine Konfidenzen sind nicht kalibriert: ein hoher Prozentwert heißt nicht unbedingt, dass es meist richtig liegt.</translation>
    </message>
    <message>
        <source>It says &quot;unsure&quot; for sounds unlike all of its %1 training clips, as musicnn hears them.</source>
        <translation>Es sagt „unsicher“ bei Klängen, die keinem seiner %1 Trainingsclips ähneln, so wie musicnn sie hört.</translation>
    </message>
    <message>
        <source>It says &quot;unsure&quot; for sounds unlike all of its %1 training clips.</source>
        <translation>Es sagt „unsicher“ bei Klängen, die keinem seiner %1 Trainingsclips ähneln.</translation>
    </message>
    <message>
        <source>It cannot tell when a sound is nothing like its training music.</source>
        <translation>Es kann nicht erkennen, wenn ein Klang nichts mit seiner Trainingsmusik gemein hat.</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>Erstellt durch: %1</translation>
    </message>
    <message>
        <source>%1, %2 genres</source>
        <translation>%1, %2 Genres</translation>
    </message>
    <message>
        <source>cross-validated accuracy %1% on %2 clips</source>
        <translation>kreuzvalidierte Genauigkeit %1% auf %2 Clips</translation>
    </message>
    <message>
        <source>test accuracy %1% on %2 held-out clips</source>
        <translation>Testgenauigkeit %1% auf %2 zurückgehaltenen Clips</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>Genauigkeit unbekannt</translation>
    </message>
    <message>
        <source>calibrated on %1 clips</source>
        <translation>kalibriert auf %1 Clips</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>kalibriert</translation>
    </message>
    <message>
        <source>not calibrated</source>
        <translation>nicht kalibriert</translation>
    </message>
    <message>
        <source>more in Model details</source>
        <translation>mehr unter „Modelldetails“</translation>
    </message>
    <message>
        <source>%1: a TorchScript model from a notebook (%2), run in a process of its own, features %3, %4 genres (%5).</source>
        <translation>%1: ein TorchScript-Modell aus einem Notebook (%2), in einem eigenen Prozess ausgeführt, Merkmale %3, %4 Genres (%5).</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Models (*.gtzm *.pt *.pth *.ts);;GTZAN Explorer models (*.gtzm);;TorchScript models with a JSON sidecar (*.pt *.pth *.ts);;All files (*)</source>
        <translation>Modelle (*.gtzm *.pt *.pth *.ts);;GTZAN-Explorer-Modelle (*.gtzm);;TorchScript-Modelle mit JSON-Begleitdatei (*.pt *.pth *.ts);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ModelDetailsDialog</name>
    <message>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <source>Confusion matrix on the held-out test clips:</source>
        <translation>Konfusionsmatrix auf den zurückgehaltenen Test-Clips:</translation>
    </message>
    <message>
        <source>Confusion matrix of the %1 (rows: true genre, columns: predicted):</source>
        <translation>Konfusionsmatrix der %1 (Zeilen: wahres Genre, Spalten: vorhergesagt):</translation>
    </message>
    <message>
        <source>Its evaluation cannot be shown: %1</source>
        <translation>Seine Auswertung kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>This model file holds no evaluation.</source>
        <translation>Diese Modelldatei enthält keine Auswertung.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Reliability on the %1 clips it was calibrated on (bars: how often it was right at that confidence):</source>
        <translation>Verlässlichkeit auf den %1 Clips, auf denen es kalibriert wurde (Balken: wie oft es bei dieser Konfidenz richtig lag):</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Export to &amp;PyTorch...</source>
        <translation>Nach &amp;PyTorch exportieren...</translation>
    </message>
    <message>
        <source>Writes the network as a PyTorch module, its weights and a predict.py for a notebook (docs/notebooks.md)</source>
        <translation>Schreibt das Netz als PyTorch-Modul, seine Gewichte und ein predict.py für ein Notebook (docs/notebooks.md)</translation>
    </message>
    <message>
        <source>This is a TorchScript model: the .pt file is the PyTorch model</source>
        <translation>Dies ist ein TorchScript-Modell: Die .pt-Datei ist das PyTorch-Modell</translation>
    </message>
    <message>
        <source>Folder to export the model into</source>
        <translation>Ordner, in den das Modell exportiert wird</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Wird exportiert...</translation>
    </message>
    <message>
        <source>Exported to PyTorch</source>
        <translation>Nach PyTorch exportiert</translation>
    </message>
    <message>
        <source>Export to PyTorch</source>
        <translation>Nach PyTorch exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) into %1.

In a terminal: python3 %2 clip.wav</source>
        <translation>
            <numerusform>%n Datei in %1 geschrieben.

Im Terminal: python3 %2 clip.wav</numerusform>
            <numerusform>%n Dateien in %1 geschrieben.

Im Terminal: python3 %2 clip.wav</numerusform>
        </translation>
    </message>
    <message>
        <source>The model was not exported: %1</source>
        <translation>Das Modell wurde nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::PredictionDetails</name>
    <message>
        <source>Genre of each segment along the file (hover for its probabilities):</source>
        <translation>Genre jedes Abschnitts entlang der Datei (Maus darüber für die Wahrscheinlichkeiten):</translation>
    </message>
    <message>
        <source>%1: waiting for its prediction...</source>
        <translation>%1: wartet auf die Vorhersage...</translation>
    </message>
    <message>
        <source>%1 could not be predicted: %2</source>
        <translation>%1 konnte nicht vorhergesagt werden: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsure&lt;/b&gt;: the file is (nearly) silent, there is no music to tell a genre from</source>
        <translation>&lt;b&gt;unsicher&lt;/b&gt;: Die Datei ist (fast) still, es gibt keine Musik, an der sich ein Genre erkennen ließe</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsure&lt;/b&gt;: this does not sound like any of the %1 GTZAN genres (most like %2, %3%)</source>
        <translation>&lt;b&gt;unsicher&lt;/b&gt;: Das klingt nach keinem der %1 GTZAN-Genres (am ehesten %2, %3%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsure&lt;/b&gt;: between %1 and %2 (%3%)</source>
        <translation>&lt;b&gt;unsicher&lt;/b&gt;: zwischen %1 und %2 (%3%)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2%)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2%)</translation>
    </message>
    <message>
        <source>%1 (%2%, not calibrated)</source>
        <translation>%1 (%2%, nicht kalibriert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;unsure&lt;/b&gt;: %1 s of audio is too little to tell a genre from</source>
        <translation>&lt;b&gt;unsicher&lt;/b&gt;: %1 s Audio sind zu wenig, um ein Genre zu erkennen</translation>
    </message>
    <message>
        <source>sounds %1: this model was not trained on %1</source>
        <translation>klingt nach %1: dieses Modell wurde nicht auf %1 trainiert</translation>
    </message>
    <message>
        <source>sounds %1: GTZAN has no such genre</source>
        <translation>klingt nach %1: GTZAN hat kein solches Genre</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3; refining...</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3; wird verfeinert...</translation>
    </message>
    <message>
        <source>decode %1 ms, features %2 ms, network %3 ms; %4 ms from drop to probabilities</source>
        <translation>Dekodieren %1 ms, Merkmale %2 ms, Netz %3 ms; %4 ms vom Ablegen bis zu den Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3, segments: %4; %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3, Abschnitte: %4; %5</translation>
    </message>
    <message>
        <source>Tags: this model does not use musicnn.</source>
        <translation>Tags: Dieses Modell verwendet musicnn nicht.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>musicnn&apos;s top tags: %1</source>
        <translation>Die stärksten Tags von musicnn: %1</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::PredictionPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>Dateien hinzufügen...</translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation>Ordner hinzufügen...</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation>Modell öffnen...</translation>
    </message>
    <message>
        <source>Use starter model</source>
        <translation>Startmodell verwenden</translation>
    </message>
    <message>
        <source>%v / %m files</source>
        <translation>%v / %m Dateien</translation>
    </message>
    <message>
        <source>Predict the genre of audio files</source>
        <translation>Das Genre von Audiodateien vorhersagen</translation>
    </message>
    <message>
        <source>Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;All files (*)</source>
        <translation>Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Predict every audio file in a folder</source>
        <translation>Jede Audiodatei eines Ordners vorhersagen</translation>
    </message>
    <message>
        <source>Export the predictions</source>
        <translation>Die Vorhersagen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Eine Modelldatei öffnen</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>Modell nicht geladen</translation>
    </message>
    <message>
        <source>No audio files in %1</source>
        <translation>Keine Audiodateien in %1</translation>
    </message>
    <message>
        <source>Files to predict: %1</source>
        <translation>Vorherzusagende Dateien: %1</translation>
    </message>
    <message>
        <source>Cancelled before it was predicted.</source>
        <translation>Abgebrochen, bevor sie vorhergesagt wurde.</translation>
    </message>
    <message>
        <source>%1: %2 (%3%), %4 ms from drop to probabilities</source>
        <translation>%1: %2 (%3%), %4 ms vom Ablegen bis zu den Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Drop audio files or a folder here, or use Add files...</source>
        <translation>Audiodateien oder einen Ordner hier ablegen, oder „Dateien hinzufügen...“ verwenden</translation>
    </message>
    <message>
        <source>The selected file is shown and played here.</source>
        <translation>Die ausgewählte Datei wird hier angezeigt und abgespielt.</translation>
    </message>
    <message>
        <source>%1. The model in use stays.</source>
        <translation>%1. Das verwendete Modell bleibt.</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Modell: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>starter</source>
        <translation>Startmodell</translation>
    </message>
    <message>
        <source>Starter model</source>
        <translation>Startmodell</translation>
    </message>
    <message>
        <source>Predictions of %1 files written to %2</source>
        <translation>Vorhersagen für %1 Dateien nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Small starter (cnn1d)</source>
        <translation>Kleines Startmodell (cnn1d)</translation>
    </message>
    <message>
        <source>A small spectrogram network (cnn1d) trained on 30 clips: fast, but far less accurate than the starter.</source>
        <translation>Ein kleines Spektrogramm-Netz (cnn1d), trainiert auf 30 Clips: schnell, aber weit ungenauer als das Startmodell.</translation>
    </message>
    <message>
        <source>Model details...</source>
        <translation>Modelldetails...</translation>
    </message>
    <message>
        <source>The model&apos;s cross-validated or test confusion matrix and how it was made.</source>
        <translation>Die kreuzvalidierte oder Test-Konfusionsmatrix des Modells und wie es entstand.</translation>
    </message>
    <message>
        <source>No files yet</source>
        <translation>Noch keine Dateien</translation>
    </message>
    <message>
        <source>The model used last time could not be loaded, so the starter model is used: %1</source>
        <translation>Das zuletzt verwendete Modell ließ sich nicht laden, daher wird das Startmodell verwendet: %1</translation>
    </message>
    <message>
        <source>%1: unsure, %2 (most like %3), %4 ms from drop to probabilities</source>
        <translation>%1: unsicher, %2 (am ehesten %3), %4 ms vom Ablegen bis zu den Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>%1: the model cannot be loaded (%2)</source>
        <translation>%1: Das Modell kann nicht geladen werden (%2)</translation>
    </message>
    <message>
        <source>small starter (cnn1d)</source>
        <translation>kleines Startmodell (cnn1d)</translation>
    </message>
    <message>
        <source>Small starter model</source>
        <translation>Kleines Startmodell</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; (loading another...)</source>
        <translation>Modell: &lt;b&gt;%1&lt;/b&gt; (ein anderes wird geladen...)</translation>
    </message>
    <message>
        <source>Loading the model...</source>
        <translation>Das Modell wird geladen...</translation>
    </message>
    <message>
        <source>Export labels...</source>
        <translation>Labels exportieren...</translation>
    </message>
    <message>
        <source>The selected file&apos;s segment genres as a label track for Audacity (File &gt; Import &gt; Labels) or an annotation layer for Sonic Visualiser (File &gt; Import Annotation Layer)</source>
        <translation>Die Segment-Genres der gewählten Datei als Labelspur für Audacity (Datei &gt; Importieren &gt; Textmarken) oder als Annotationsebene für Sonic Visualiser (File &gt; Import Annotation Layer)</translation>
    </message>
    <message>
        <source>Select a file with an answer to export its labels</source>
        <translation>Wählen Sie eine Datei mit Antwort, um ihre Labels zu exportieren</translation>
    </message>
    <message>
        <source>Audacity labels (*.txt)</source>
        <translation>Audacity-Textmarken (*.txt)</translation>
    </message>
    <message>
        <source>Sonic Visualiser annotation layer (*.csv)</source>
        <translation>Sonic-Visualiser-Annotationsebene (*.csv)</translation>
    </message>
    <message>
        <source>Export the segment genres as labels</source>
        <translation>Segment-Genres als Labels exportieren</translation>
    </message>
    <message>
        <source>Segment genres of %1 written to %2</source>
        <translation>Segment-Genres von %1 in %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::PredictionQueueModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1; refining.</source>
        <translation>%1; wird verfeinert.</translation>
    </message>
    <message>
        <source>Unsure: %1 (most like %2)</source>
        <translation>Unsicher: %1 (am ehesten %2)</translation>
    </message>
    <message>
        <source>%1 (the model is not calibrated: its confidence may not mean what it says)</source>
        <translation>%1 (das Modell ist nicht kalibriert: seine Konfidenz bedeutet vielleicht nicht, was sie sagt)</translation>
    </message>
    <message>
        <source>a first answer from one excerpt of the file</source>
        <translation>eine erste Antwort aus einem Ausschnitt der Datei</translation>
    </message>
    <message>
        <source>a first answer from %1 excerpts spread over the file</source>
        <translation>eine erste Antwort aus %1 über die Datei verteilten Ausschnitten</translation>
    </message>
    <message>
        <source>an answer from %1% of the file and one excerpt of the rest</source>
        <translation>eine Antwort aus %1% der Datei und einem Ausschnitt des Rests</translation>
    </message>
    <message>
        <source>an answer from %1% of the file and %2 excerpts of the rest</source>
        <translation>eine Antwort aus %1% der Datei und %2 Ausschnitten des Rests</translation>
    </message>
    <message>
        <source>a first answer from %1% of the file</source>
        <translation>eine erste Antwort aus %1% der Datei</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A new language shows fully after a restart.</source>
        <translation>Eine neue Sprache erscheint vollständig erst nach einem Neustart.</translation>
    </message>
    <message>
        <source>none: the GTZAN sample beside the checkout, else the synthetic demo set</source>
        <translation>keiner: das GTZAN-Beispiel neben dem Checkout, sonst der synthetische Demo-Datensatz</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>&amp;Data set folder:</source>
        <translation>&amp;Datensatzordner:</translation>
    </message>
    <message>
        <source>Recent files and folders</source>
        <translation>Zuletzt geöffnete Dateien und Ordner</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>Spektrogramm</translation>
    </message>
    <message>
        <source>Data set folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <source>Automatic (a CUDA GPU when there is one)</source>
        <translation>Automatisch (eine CUDA-GPU, falls vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>Where training, evaluation and prediction run. This LibTorch: %1.</source>
        <translation>Wo Training, Auswertung und Vorhersage laufen. Diese LibTorch-Version: %1.</translation>
    </message>
    <message>
        <source>CUDA is usable</source>
        <translation>CUDA nutzbar</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>nur CPU</translation>
    </message>
    <message>
        <source>Co&amp;mpute on:</source>
        <translation>Berechnung &amp;auf:</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>Rechengerät</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Threads LibTorch uses for training, evaluation and prediction. Automatic leaves one core to the window. A change applies to the jobs started after it.</source>
        <translation>Threads, die LibTorch für Training, Auswertung und Vorhersage nutzt. Automatisch lässt dem Fenster einen Kern. Eine Änderung gilt für die danach gestarteten Aufträge.</translation>
    </message>
    <message>
        <source>Compute t&amp;hreads:</source>
        <translation>Rechen-&amp;Threads:</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ReplicasView</name>
    <message>
        <source>&amp;Find replicas</source>
        <translation>&amp;Replikate suchen</translation>
    </message>
    <message>
        <source>The same audio twice: exact copies and near ones (trimmed, at another gain, lossy-coded, filed under another genre), from Chromaprint fingerprints compared over time offsets. GTZAN has about 50 exact replicas; a replica on both sides of a split is a test clip the model has already heard.</source>
        <translation>Dasselbe Audio zweimal: exakte und beinahe exakte Kopien (gekürzt, mit anderer Verstärkung, verlustbehaftet kodiert, unter einem anderen Genre abgelegt), gefunden über Chromaprint-Fingerabdrücke, die über Zeitversätze hinweg verglichen werden. GTZAN enthält etwa 50 exakte Replikate; ein Replikat auf beiden Seiten einer Aufteilung ist ein Test-Clip, den das Modell schon gehört hat.</translation>
    </message>
    <message>
        <source>Share of agreeing fingerprint bits from which two clips are replicas (distinct songs of the sample: at most 0.62)</source>
        <translation>Anteil übereinstimmender Fingerabdruck-Bits, ab dem zwei Clips als Replikate gelten (verschiedene Songs des Beispiel-Datensatzes: höchstens 0,62)</translation>
    </message>
    <message>
        <source>Similarity threshold:</source>
        <translation>Ähnlichkeitsschwelle:</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Offset (s)</source>
        <translation>Versatz (s)</translation>
    </message>
    <message>
        <source>Play A</source>
        <translation>A abspielen</translation>
    </message>
    <message>
        <source>Play B</source>
        <translation>B abspielen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Show A in browser</source>
        <translation>A im Browser zeigen</translation>
    </message>
    <message>
        <source>Plays clip A; if B plays, from the same moment of the music (key A)</source>
        <translation>Spielt Clip A ab; läuft gerade B, dann ab derselben Stelle der Musik (Taste A)</translation>
    </message>
    <message>
        <source>Plays clip B; if A plays, from the same moment of the music (key B)</source>
        <translation>Spielt Clip B ab; läuft gerade A, dann ab derselben Stelle der Musik (Taste B)</translation>
    </message>
    <message>
        <source>Open a data set folder first.</source>
        <translation>Zuerst einen Datensatzordner öffnen.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>near</source>
        <translation>ähnlich</translation>
    </message>
    <message>
        <source>%1 replica of %2 (%3)</source>
        <translation>Replikat von %2 (%1, %3)</translation>
    </message>
    <message>
        <source>%1 files, %2 replica pairs (fingerprints: %3 from the cache, %4 computed; comparison %5 s)%6</source>
        <translation>%1 Dateien, %2 Replikatpaare (Fingerabdrücke: %3 aus dem Cache, %4 berechnet; Vergleich %5 s)%6</translation>
    </message>
    <message>
        <source>; %1 files could not be read</source>
        <translation>; %1 Dateien konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Finding replicas</source>
        <translation>Replikate suchen</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::RunHistoryPanel</name>
    <message>
        <source>last %1 / genre</source>
        <translation>letzte %1 / Genre</translation>
    </message>
    <message>
        <source>stratified %1</source>
        <translation>stratifiziert %1</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Segmentierung</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Train acc %</source>
        <translation>Train-Gen. %</translation>
    </message>
    <message>
        <source>Val acc %</source>
        <translation>Val-Gen. %</translation>
    </message>
    <message>
        <source>Test acc %</source>
        <translation>Test-Gen. %</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Show the selected run&apos;s curves and confusion matrix</source>
        <translation>Kurven und Konfusionsmatrix des ausgewählten Laufs zeigen</translation>
    </message>
    <message>
        <source>Overlay the epoch curves of the selected runs</source>
        <translation>Die Epochenkurven der ausgewählten Läufe überlagern</translation>
    </message>
    <message>
        <source>Export run history</source>
        <translation>Laufverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The run history was not saved because its file could not be read: %1</source>
        <translation>Der Laufverlauf wurde nicht gespeichert, weil seine Datei nicht gelesen werden konnte: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>whole clip</source>
        <translation>ganzer Clip</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) from the history (Undo brings them back; the model files stay).</source>
        <translation>
            <numerusform>%n Lauf aus dem Verlauf gelöscht (Rückgängig holt ihn zurück; die Modelldateien bleiben).</numerusform>
            <numerusform>%n Läufe aus dem Verlauf gelöscht (Rückgängig holt sie zurück; die Modelldateien bleiben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Predict with the selected run&apos;s model in the Predict tab</source>
        <translation>Mit dem Modell des gewählten Laufs im Vorhersage-Tab vorhersagen</translation>
    </message>
    <message>
        <source>Use &amp;in Predict</source>
        <translation>&amp;In Vorhersage verwenden</translation>
    </message>
    <message>
        <source>Evaluate on fo&amp;lder...</source>
        <translation>Auf &amp;Ordner auswerten...</translation>
    </message>
    <message>
        <source>Evaluate the selected run&apos;s model on the clips of a folder (as gtzan-cli eval does)</source>
        <translation>Das Modell des gewählten Laufs auf den Clips eines Ordners auswerten (wie gtzan-cli eval)</translation>
    </message>
    <message>
        <source>Evaluate on the clips of</source>
        <translation>Auswerten auf den Clips von</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::SaliencyControls</name>
    <message>
        <source>Play what it listened to</source>
        <translation>Abspielen, worauf das Modell achtete</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation>Verdeckung</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Occlusion silences blocks of the input one at a time and measures the drop (every model); Grad-CAM weighs the last convolutional block by its gradients (convolutional models)</source>
        <translation>Verdeckung schaltet Blöcke der Eingabe nacheinander stumm und misst den Abfall (jedes Modell); Grad-CAM gewichtet den letzten Faltungsblock nach seinen Gradienten (Faltungsmodelle)</translation>
    </message>
    <message>
        <source>The genre to explain: what in this clip makes it that genre</source>
        <translation>Das zu erklärende Genre: Was an diesem Clip macht ihn zu diesem Genre</translation>
    </message>
    <message>
        <source>Opacity of the saliency over the spectrogram</source>
        <translation>Deckkraft der Salienz über dem Spektrogramm</translation>
    </message>
    <message>
        <source>Play the clip gated by the map: what drove the answer stays, the rest falls silent</source>
        <translation>Den Clip durch die Salienzkarte gefiltert abspielen: Was die Antwort bestimmt hat, bleibt, der Rest verstummt</translation>
    </message>
    <message>
        <source>Show what the model listened to for this clip (Ctrl+E)</source>
        <translation>Zeigen, worauf das Modell bei diesem Clip achtete (Strg+E)</translation>
    </message>
    <message>
        <source>Saliency:</source>
        <translation>Salienz:</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Predicted genre</source>
        <translation>Vorhergesagtes Genre</translation>
    </message>
    <message>
        <source>Explain shows what the model listened to in this clip.</source>
        <translation>„Erklären“ zeigt, worauf das Modell in diesem Clip achtete.</translation>
    </message>
    <message>
        <source>No model to explain.</source>
        <translation>Kein Modell zum Erklären.</translation>
    </message>
    <message>
        <source>Open a clip first.</source>
        <translation>Zuerst einen Clip öffnen.</translation>
    </message>
    <message>
        <source>Loading the model...</source>
        <translation>Das Modell wird geladen...</translation>
    </message>
    <message>
        <source>%1 for %2 (p %3) on the %4. Masking its top 10% drops p by %5, 10% at random by %6: %7</source>
        <translation>%1 für %2 (p %3) auf %4. Werden ihre obersten 10 % maskiert, sinkt p um %5, bei zufälligen 10 % um %6: %7</translation>
    </message>
    <message>
        <source>the map passes the check.</source>
        <translation>Die Salienzkarte besteht die Prüfung.</translation>
    </message>
    <message>
        <source>the map fails the check; do not read much into it.</source>
        <translation>Die Salienzkarte fällt durch die Prüfung; nicht zu viel hineinlesen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot explain this clip: %1</source>
        <translation>Dieser Clip kann nicht erklärt werden: %1</translation>
    </message>
    <message>
        <source>Explaining... %1%</source>
        <translation>Wird erklärt... %1%</translation>
    </message>
    <message>
        <source>Cannot play it: %1</source>
        <translation>Abspielen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::SuspectsView</name>
    <message>
        <source>&amp;Rank suspect labels</source>
        <translation>Verdächtige Labels &amp;einstufen</translation>
    </message>
    <message>
        <source>Which clips do the models find least likely to be the genre they are filed under? Each clip is judged by a model that never saw it (k-fold cross-validation of a small network on pretrained musicnn embeddings). The top of the list is where to listen for mislabelings: GTZAN has dozens (Sturm 2013). A suspect is not proof; listen, and decide.</source>
        <translation>Bei welchen Clips halten es die Modelle für am unwahrscheinlichsten, dass sie zu dem Genre gehören, unter dem sie abgelegt sind? Jeder Clip wird von einem Modell beurteilt, das ihn nie gesehen hat (k-fache Kreuzvalidierung eines kleinen Netzes auf vortrainierten musicnn-Einbettungen). Oben in der Liste lohnt es sich, nach falschen Labels zu horchen: GTZAN hat Dutzende davon (Sturm 2013). Ein Verdacht ist kein Beweis; anhören und entscheiden.</translation>
    </message>
    <message>
        <source>Folds:</source>
        <translation>Anzahl Folds:</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <source>Filed as</source>
        <translation>Abgelegt als</translation>
    </message>
    <message>
        <source>p(filed)</source>
        <translation>p(abgelegt)</translation>
    </message>
    <message>
        <source>Likeliest</source>
        <translation>Wahrscheinlichstes</translation>
    </message>
    <message>
        <source>p(likeliest)</source>
        <translation>p(wahrscheinlichstes)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Show in browser</source>
        <translation>Im Browser zeigen</translation>
    </message>
    <message>
        <source>Plays the selected clip (Space)</source>
        <translation>Spielt den ausgewählten Clip ab (Leertaste)</translation>
    </message>
    <message>
        <source>Open a data set folder first.</source>
        <translation>Zuerst einen Datensatzordner öffnen.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>%1 clips ranked; %2-fold out-of-fold accuracy %3 (%4).</source>
        <translation>%1 Clips eingestuft; %2-fache Out-of-Fold-Genauigkeit %3 (%4).</translation>
    </message>
    <message>
        <source>Ranking suspect labels</source>
        <translation>Verdächtige Labels einstufen</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::SweepView</name>
    <message>
        <source>Run &amp;sweep</source>
        <translation>Robustheitstest &amp;starten</translation>
    </message>
    <message>
        <source>Model file...</source>
        <translation>Modelldatei...</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Startmodell</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Strengths, separated by commas</source>
        <translation>Stärken, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Perturbation:</source>
        <translation>Störung:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>PNG exportieren...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <source>Model to sweep</source>
        <translation>Modell für den Robustheitstest</translation>
    </message>
    <message>
        <source>Export sweep chart</source>
        <translation>Diagramm des Robustheitstests exportieren</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export sweep points</source>
        <translation>Messpunkte des Robustheitstests exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open a data set folder first.</source>
        <translation>Zuerst einen Datensatzordner öffnen.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>the starter model (embed_mlp on musicnn MSD)</source>
        <translation>das Startmodell (embed_mlp auf musicnn MSD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: give the steps as numbers separated by commas.</source>
        <translation>„%1“ ist keine Zahl: Die Stufen als durch Kommas getrennte Zahlen angeben.</translation>
    </message>
    <message>
        <source>Give at least one step.</source>
        <translation>Mindestens eine Stufe angeben.</translation>
    </message>
    <message>
        <source>none %1</source>
        <translation>ungestört %1</translation>
    </message>
    <message>
        <source>%1 on %2 clips (dashed: unperturbed). %3</source>
        <translation>%1 auf %2 Clips (gestrichelt: ungestört). %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Run the sweep first: there is nothing to export.</source>
        <translation>Zuerst den Robustheitstest ausführen: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Is it a &quot;horse&quot;? Sturm (2014) named genre classifiers after Clever Hans, the horse that seemed to count but read its trainer&apos;s face: a system that scores well for reasons that are not the music&apos;s genre. A model that knows genre should not care about a 4% change of tempo; Sturm showed that changes of at most 6% swing some systems&apos; accuracy widely. Evaluate a model on this folder with every clip perturbed, step by step.</source>
        <translation>Ist es ein „Pferd“? Sturm (2014) benannte Genre-Klassifikatoren nach Clever Hans (dem Klugen Hans), dem Pferd, das zu zählen schien, aber in Wahrheit die Miene seines Trainers las: ein System, das aus Gründen gut abschneidet, die nicht das Genre der Musik sind. Ein Modell, das Genres kennt, sollte sich an einer Tempoänderung von 4 % nicht stören; Sturm zeigte, dass Änderungen von höchstens 6 % die Genauigkeit mancher Systeme stark schwanken lassen. Ein Modell auf diesem Ordner auswerten, wobei jeder Clip Schritt für Schritt gestört wird.</translation>
    </message>
    <message>
        <source>Robustness sweep</source>
        <translation>Robustheitstest</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::TaskControls</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::TrainingDashboard</name>
    <message>
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Start a run with these settings (Ctrl+Return)</source>
        <translation>Einen Lauf mit diesen Einstellungen starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Set-up</source>
        <translation>&amp;Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation>&amp;Kurven</translation>
    </message>
    <message>
        <source>C&amp;onfusion</source>
        <translation>K&amp;onfusion</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Set up a run and press Start. Runs land in the history; models are saved under %1.</source>
        <translation>Einen Lauf einrichten und Start drücken. Läufe landen im Verlauf; Modelle werden unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Training on %1 clips (%2 validation, %3 test)...</source>
        <translation>Training auf %1 Clips (%2 Validierung, %3 Test)...</translation>
    </message>
    <message>
        <source>Loading features of %1 ...</source>
        <translation>Merkmale von %1 werden geladen ...</translation>
    </message>
    <message>
        <source>Cancelling (the run stops within a batch)...</source>
        <translation>Wird abgebrochen (der Lauf hält innerhalb eines Batches an)...</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Loading features: %1 clips %2 / %3</source>
        <translation>Merkmale werden geladen: %1-Clips %2 / %3</translation>
    </message>
    <message>
        <source>Run %1/%2, epoch %3/%4, batch %5/%6 · %7 samples/s · %8 elapsed, ETA %9</source>
        <translation>Lauf %1/%2, Epoche %3/%4, Batch %5/%6 · %7 Beispiele/s · %8 vergangen, Rest %9</translation>
    </message>
    <message>
        <source>Last epoch: train loss %1, accuracy %2%</source>
        <translation>Letzte Epoche: Trainingsverlust %1, Genauigkeit %2%</translation>
    </message>
    <message>
        <source>; validation accuracy %1%</source>
        <translation>; Validierungsgenauigkeit %1%</translation>
    </message>
    <message>
        <source>Cancelled after %1; the run is not kept in the history.</source>
        <translation>Nach %1 abgebrochen; der Lauf wird nicht im Verlauf behalten.</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>In %1 beendet.</translation>
    </message>
    <message>
        <source>Model saved as %1.</source>
        <translation>Modell als %1 gespeichert.</translation>
    </message>
    <message>
        <source>(GUI thread max stall %1 ms)</source>
        <translation>(längste Blockade des GUI-Threads %1 ms)</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A run is in progress: reopen a run when it is done.</source>
        <translation>Ein Lauf ist im Gange: Einen Lauf wieder öffnen, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Showing the run of %1 (%2).</source>
        <translation>Der Lauf vom %1 wird gezeigt (%2).</translation>
    </message>
    <message>
        <source>A run is in progress: compare runs when it is done.</source>
        <translation>Ein Lauf ist im Gange: Läufe vergleichen, wenn er fertig ist.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s): dashed = train, solid = validation.</source>
        <translation>
            <numerusform>%n Lauf im Vergleich: gestrichelt = Training, durchgezogen = Validierung.</numerusform>
            <numerusform>%n Läufe im Vergleich: gestrichelt = Training, durchgezogen = Validierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predict with the model of the run that just finished, in the Predict tab</source>
        <translation>Mit dem Modell des eben beendeten Laufs im Vorhersage-Tab vorhersagen</translation>
    </message>
    <message>
        <source>Use &amp;in Predict</source>
        <translation>&amp;In Vorhersage verwenden</translation>
    </message>
    <message>
        <source>&amp;Leakage experiment</source>
        <translation>&amp;Datenleck-Experiment</translation>
    </message>
    <message>
        <source>Train one model three ways (segments split at random, clips split at random, the fault-filtered split) and compare their test accuracies: what GTZAN&apos;s leakage adds (Faults tab)</source>
        <translation>Ein Modell auf drei Arten trainieren (Segmente zufällig aufgeteilt, Clips zufällig aufgeteilt, die fehlerbereinigte Aufteilung) und die Testgenauigkeiten vergleichen: was das Datenleck (Leakage) von GTZAN ausmacht (Tab „Fehler“)</translation>
    </message>
    <message>
        <source>Test accuracy %1% (split: %2).</source>
        <translation>Testgenauigkeit %1% (Aufteilung: %2).</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xperimente</translation>
    </message>
    <message>
        <source>Not calibrated: give validation clips or cross-validation folds to fit it on.</source>
        <translation>Nicht kalibriert: Validierungsclips oder Kreuzvalidierungs-Folds angeben, um es anzupassen.</translation>
    </message>
    <message>
        <source>Calibrated on %1 validation clips</source>
        <translation>Kalibriert auf %1 Validierungsclips</translation>
    </message>
    <message>
        <source>Calibrated on %1 out-of-fold clips</source>
        <translation>Kalibriert auf %1 Out-of-Fold-Clips</translation>
    </message>
    <message>
        <source> (expected calibration error %1 before, %2 after).</source>
        <translation> (erwarteter Kalibrierungsfehler vorher %1, nachher %2).</translation>
    </message>
    <message>
        <source>Cross-validating to calibrate: fold %1 of %2 ...</source>
        <translation>Kreuzvalidierung zur Kalibrierung: Fold %1 von %2 ...</translation>
    </message>
    <message>
        <source>Learning what the training music sounds like (musicnn): %1 of %2 clips ...</source>
        <translation>Lernt, wie die Trainingsmusik klingt (musicnn): %1 von %2 Clips ...</translation>
    </message>
    <message>
        <source>On the test clips: expected calibration error %1.</source>
        <translation>Auf den Testclips: erwarteter Kalibrierungsfehler %1.</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>run %1 of %2, epoch %3 of %4</source>
        <translation>Lauf %1 von %2, Epoche %3 von %4</translation>
    </message>
</context>
<context>
    <name>gtzan::gui::TrainingSetupPanel</name>
    <message>
        <source>Cut clips into segments of</source>
        <translation>Clips in Abschnitte schneiden von</translation>
    </message>
    <message>
        <source>The folder open in the data set browser</source>
        <translation>Der im Datensatz-Browser geöffnete Ordner</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>GTZAN folder to train on</source>
        <translation>GTZAN-Ordner für das Training</translation>
    </message>
    <message>
        <source>8 genres (GCT634: no blues, no rock)</source>
        <translation>8 Genres (GCT634: ohne Blues und Rock)</translation>
    </message>
    <message>
        <source>All 10 genres</source>
        <translation>Alle 10 Genres</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Last clips of each genre are test</source>
        <translation>Die letzten Clips jedes Genres sind Test</translation>
    </message>
    <message>
        <source>Seeded stratified split</source>
        <translation>Stratifizierte Aufteilung mit Seed</translation>
    </message>
    <message>
        <source>Split files (fault-filtered, GCT634, your own)</source>
        <translation>Aufteilungsdateien (fault-filtered, GCT634, eigene)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source> test clips per genre</source>
        <translation> Test-Clips pro Genre</translation>
    </message>
    <message>
        <source>test share </source>
        <translation>Testanteil </translation>
    </message>
    <message>
        <source>Folder with train*.txt, test*.txt, valid*.txt</source>
        <translation>Ordner mit train*.txt, test*.txt, valid*.txt</translation>
    </message>
    <message>
        <source>Folder with split lists</source>
        <translation>Ordner mit Aufteilungslisten</translation>
    </message>
    <message>
        <source>Taken from the training clips (seeded), unless the split files have a validation list</source>
        <translation>Aus den Trainings-Clips genommen (mit Seed), außer die Aufteilungsdateien haben eine Validierungsliste</translation>
    </message>
    <message>
        <source>Validation clips per genre</source>
        <translation>Validierungs-Clips pro Genre</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Segmentierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Offline (one augmented copy per clip)</source>
        <translation>Offline (eine augmentierte Kopie pro Clip)</translation>
    </message>
    <message>
        <source>Online (a fresh copy every epoch)</source>
        <translation>Online (jede Epoche eine neue Kopie)</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Augmentation chain</source>
        <translation>Augmentierungskette</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Fusion backbone</source>
        <translation>Fusions-Backbone</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Seeds (runs)</source>
        <translation>Seeds (Läufe)</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>Erster Seed</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Early stop after</source>
        <translation>Früher Abbruch nach</translation>
    </message>
    <message>
        <source>Per-band mean and spread (no network)</source>
        <translation>Mittelwert und Streuung je Band (ohne Netz)</translation>
    </message>
    <message>
        <source>musicnn, trained on MSD</source>
        <translation>musicnn, trainiert auf MSD</translation>
    </message>
    <message>
        <source>musicnn, trained on MTT</source>
        <translation>musicnn, trainiert auf MTT</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <source>A full GTZAN: the fault-filtered split is chosen (artists kept apart, replicas and mislabelled clips left out). A random split would report leakage as accuracy.</source>
        <translation>Ein vollständiges GTZAN: Die fehlerbereinigte Aufteilung (fault-filtered) ist gewählt (Künstler getrennt, Replikate und falsch gelabelte Clips ausgelassen). Eine zufällige Aufteilung würde das Datenleck (Leakage) als Genauigkeit ausweisen.</translation>
    </message>
    <message>
        <source>Add rhythm (tempo and onsets, aubio)</source>
        <translation>Rhythmus hinzufügen (Tempo und Onsets, aubio)</translation>
    </message>
    <message>
        <source>Append tempo and onset figures to the musicnn embedding: the reference report&apos;s idea against country taken for pop. The model file records it; prediction computes the same figures.</source>
        <translation>Tempo- und Onset-Kennzahlen an die musicnn-Einbettung anhängen: die Idee des Referenzberichts gegen Country, das für Pop gehalten wird. Die Modelldatei vermerkt dies; die Vorhersage berechnet dieselben Kennzahlen.</translation>
    </message>
    <message>
        <source> folds</source>
        <translation> Folds</translation>
    </message>
    <message>
        <source>After training, train one model per fold on the other folds and predict the held-out clips: an honest accuracy without a test split, and the calibration of the model&apos;s confidences. Takes as many extra trainings as folds.</source>
        <translation>Nach dem Training je Fold ein Modell auf den übrigen Folds trainieren und die zurückgehaltenen Clips vorhersagen: eine ehrliche Genauigkeit ohne Testaufteilung und die Kalibrierung der Konfidenzen des Modells. Kostet so viele zusätzliche Trainings wie Folds.</translation>
    </message>
    <message>
        <source>Cross-validation</source>
        <translation>Kreuzvalidierung</translation>
    </message>
    <message>
        <source>Open recipe...</source>
        <translation>Rezept öffnen...</translation>
    </message>
    <message>
        <source>Save recipe...</source>
        <translation>Rezept speichern...</translation>
    </message>
    <message>
        <source>Open a training recipe</source>
        <translation>Ein Trainingsrezept öffnen</translation>
    </message>
    <message>
        <source>Training recipes (*.json)</source>
        <translation>Trainingsrezepte (*.json)</translation>
    </message>
    <message>
        <source>Open recipe</source>
        <translation>Rezept öffnen</translation>
    </message>
    <message>
        <source>Save the training recipe</source>
        <translation>Das Trainingsrezept speichern</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>Rezept speichern</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::AudioPlayer</name>
    <message>
        <source>There is no audio output device, so nothing can be played.</source>
        <translation>Es gibt kein Audioausgabegerät, daher kann nichts abgespielt werden.</translation>
    </message>
    <message>
        <source>The audio output &quot;%1&quot; cannot play %2 Hz mono.</source>
        <translation>Die Audioausgabe „%1“ kann %2 Hz mono nicht abspielen.</translation>
    </message>
    <message>
        <source>The audio output refused to start (error %1).</source>
        <translation>Die Audioausgabe ließ sich nicht starten (Fehler %1).</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::AugmentationPanel</name>
    <message>
        <source>Randomise</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>A/B: showing A (original)</source>
        <translation>A/B: zeigt A (Original)</translation>
    </message>
    <message>
        <source>Play augmented (B)</source>
        <translation>Augmentiert abspielen (B)</translation>
    </message>
    <message>
        <source>Export augmented WAV...</source>
        <translation>Augmentierte WAV exportieren...</translation>
    </message>
    <message>
        <source>White noise SNR</source>
        <translation>Weißes Rauschen, SNR</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Time shift</source>
        <translation>Zeitverschiebung</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Time stretch</source>
        <translation>Zeitdehnung</translation>
    </message>
    <message>
        <source>x</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Pitch shift</source>
        <translation>Tonhöhe verschieben</translation>
    </message>
    <message>
        <source>semitones</source>
        <translation>Halbtöne</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <source>Frequency masks (2)</source>
        <translation>Frequenzmasken (2)</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>Bänder</translation>
    </message>
    <message>
        <source>Time masks (2)</source>
        <translation>Zeitmasken (2)</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Next seed, then draw the preset&apos;s intensities for this clip, as training would</source>
        <translation>Nächster Seed, dann die Stärken der Voreinstellung für diesen Clip ziehen, wie beim Training</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Switch between the original (A) and the augmented clip (B)</source>
        <translation>Zwischen Original (A) und augmentiertem Clip (B) umschalten</translation>
    </message>
    <message>
        <source>Play the augmented clip (key B; key A plays the original)</source>
        <translation>Den augmentierten Clip abspielen (Taste B; Taste A spielt das Original)</translation>
    </message>
    <message>
        <source>A/B: showing B (augmented)</source>
        <translation>A/B: zeigt B (augmentiert)</translation>
    </message>
    <message>
        <source>Compare A and B (C)</source>
        <translation>A und B vergleichen (C)</translation>
    </message>
    <message>
        <source>Adds white noise at this signal-to-noise ratio (lower: louder noise). The reference report used white noise on its augmented copies; ours draws 15-30 dB.</source>
        <translation>Fügt weißes Rauschen mit diesem Signal-Rausch-Verhältnis hinzu (niedriger: lauteres Rauschen). Der Referenzbericht verwendete weißes Rauschen für seine augmentierten Kopien; unsere Variante zieht 15-30 dB.</translation>
    </message>
    <message>
        <source>Rolls the clip in time by this many seconds; what falls off one end comes back at the other. The reference report used time shift on its augmented copies; ours draws -3..3 s.</source>
        <translation>Verschiebt den Clip zeitlich zyklisch um so viele Sekunden; was an einem Ende herausfällt, kommt am anderen wieder herein. Der Referenzbericht verwendete Zeitverschiebung für seine augmentierten Kopien; unsere Variante zieht -3..3 s.</translation>
    </message>
    <message>
        <source>Plays faster (above 1) or slower (below 1) without changing the pitch (Rubber Band). The reference report used time stretch on its augmented copies; ours draws 0.8-1.25.</source>
        <translation>Spielt schneller (über 1) oder langsamer (unter 1) ab, ohne die Tonhöhe zu ändern (Rubber Band). Der Referenzbericht verwendete Zeitdehnung für seine augmentierten Kopien; unsere Variante zieht 0,8-1,25.</translation>
    </message>
    <message>
        <source>Moves every pitch up or down by this many semitones without changing the tempo (Rubber Band). Not in the reference report&apos;s recipe.</source>
        <translation>Verschiebt jede Tonhöhe um so viele Halbtöne nach oben oder unten, ohne das Tempo zu ändern (Rubber Band). Nicht im Rezept des Referenzberichts.</translation>
    </message>
    <message>
        <source>Makes the clip louder or quieter. Not in the reference report&apos;s recipe; the mel features in dB move by the same amount.</source>
        <translation>Macht den Clip lauter oder leiser. Nicht im Rezept des Referenzberichts; die Mel-Merkmale in dB verschieben sich um denselben Betrag.</translation>
    </message>
    <message>
        <source>SpecAugment: blanks two bands of mel rows this wide in the features. It changes what the model sees, not the sound. The reference report named SpecAugment as future work.</source>
        <translation>SpecAugment: blendet in den Merkmalen zwei Bänder aus Mel-Zeilen dieser Breite aus. Es ändert, was das Modell sieht, nicht den Klang. Der Referenzbericht nannte SpecAugment als künftige Arbeit.</translation>
    </message>
    <message>
        <source>SpecAugment: blanks two stretches of frames this long in the features. It changes what the model sees, not the sound. The reference report named SpecAugment as future work.</source>
        <translation>SpecAugment: blendet in den Merkmalen zwei Strecken aus Frames dieser Länge aus. Es ändert, was das Modell sieht, nicht den Klang. Der Referenzbericht nannte SpecAugment als künftige Arbeit.</translation>
    </message>
    <message>
        <source>Show A and B together: both waveforms, both spectrograms on one colour scale, and their difference (key C)</source>
        <translation>A und B zusammen zeigen: beide Wellenformen, beide Spektrogramme auf einer Farbskala und ihre Differenz (Taste C)</translation>
    </message>
    <message>
        <source>Masks change the features, not the sound.</source>
        <translation>Masken ändern die Merkmale, nicht den Klang.</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::ClipInspector</name>
    <message>
        <source>Select a clip to see and hear it.</source>
        <translation>Wählen Sie einen Clip, um ihn zu sehen und zu hören.</translation>
    </message>
    <message>
        <source>%1 — decoding...</source>
        <translation>%1 – wird dekodiert...</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>%1 — %2 s at %3 Hz</source>
        <translation>%1 – %2 s bei %3 Hz</translation>
    </message>
    <message>
        <source>   [B: augmented]</source>
        <translation>   [B: augmentiert]</translation>
    </message>
    <message>
        <source>   [A: original]</source>
        <translation>   [A: Original]</translation>
    </message>
    <message>
        <source>Beat clicks</source>
        <translation>Beat-Klicks</translation>
    </message>
    <message>
        <source>Hear aubio&apos;s beats as clicks over the music (Ctrl+B)</source>
        <translation>Die Beats von aubio als Klicks über der Musik hören (Strg+B)</translation>
    </message>
    <message>
        <source>Switch an augmentation on to compare the original with the augmented clip.</source>
        <translation>Eine Augmentierung einschalten, um das Original mit dem augmentierten Clip zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 — decoding: %2 of %3 s shown...</source>
        <translation>%1 — wird dekodiert: %2 von %3 s gezeigt...</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::ClipTableModel</name>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>known fault: left out by the fault-filtered split (%1)</source>
        <translation>bekannter Fehler: von der fehlerbereinigten Aufteilung ausgelassen (%1)</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::CompareView</name>
    <message>
        <source>Waveforms: A (original, blue) and B (augmented, orange) on one amplitude scale</source>
        <translation>Wellenformen: A (Original, blau) und B (augmentiert, orange) auf einer Amplitudenskala</translation>
    </message>
    <message>
        <source>A: original</source>
        <translation>A: Original</translation>
    </message>
    <message>
        <source>B: augmented, on A&apos;s colour scale</source>
        <translation>B: augmentiert, auf der Farbskala von A</translation>
    </message>
    <message>
        <source>B - A: red where B is louder, blue where it is quieter</source>
        <translation>B - A: rot, wo B lauter ist, blau, wo es leiser ist</translation>
    </message>
    <message>
        <source>Switch an augmentation on to compare the original with the augmented clip.</source>
        <translation>Eine Augmentierung einschalten, um das Original mit dem augmentierten Clip zu vergleichen.</translation>
    </message>
    <message>
        <source>SpecAugment&apos;s masks act on the features the model sees, not on the sound: B sounds as it would without them, and the masks show only in B&apos;s picture and in the difference.</source>
        <translation>Die Masken von SpecAugment wirken auf die Merkmale, die das Modell sieht, nicht auf den Klang: B klingt so, wie es ohne sie klänge, und die Masken zeigen sich nur im Bild von B und in der Differenz.</translation>
    </message>
    <message>
        <source>B is %1 s long and A %2 s: the difference compares them moment by moment from the start.</source>
        <translation>B ist %1 s lang und A %2 s: Die Differenz vergleicht sie vom Anfang an Moment für Moment.</translation>
    </message>
    <message>
        <source>No difference for this layer: %1.</source>
        <translation>Keine Differenz für diese Ebene: %1.</translation>
    </message>
    <message>
        <source>Hover over a spectrogram to read time, frequency and level.</source>
        <translation>Fahren Sie mit der Maus über ein Spektrogramm, um Zeit, Frequenz und Pegel abzulesen.</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::ConfusionMatrixView</name>
    <message>
        <source>%1: %2 of %3 clips right (%4%)</source>
        <translation>%1: %2 von %3 Clips richtig (%4%)</translation>
    </message>
    <message>
        <source>%1 taken for %2: %3 of %4 clips (%5%)</source>
        <translation>%1 für %2 gehalten: %3 von %4 Clips (%5%)</translation>
    </message>
    <message>
        <source>No confusion matrix yet: finish a run with test clips, or open one from the history.</source>
        <translation>Noch keine Konfusionsmatrix: Einen Lauf mit Test-Clips beenden oder einen aus dem Verlauf öffnen.</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::DatasetBrowser</name>
    <message>
        <source>Open a GTZAN folder (File &gt; Open folder, or drop it on the window).</source>
        <translation>Einen GTZAN-Ordner öffnen (Datei &gt; Ordner öffnen, oder ihn auf das Fenster ziehen).</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Filter clips by name...</source>
        <translation>Clips nach Namen filtern...</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>%1 wird durchsucht...</translation>
    </message>
    <message>
        <source>; %1 with problems (badged)</source>
        <translation>; %1 mit Problemen (markiert)</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Alle Genres</translation>
    </message>
    <message>
        <source> | split %1: %2 train / %3 validation / %4 test here</source>
        <translation> | Aufteilung %1: hier %2 Training / %3 Validierung / %4 Test</translation>
    </message>
    <message>
        <source>All clips</source>
        <translation>Alle Clips</translation>
    </message>
    <message>
        <source>Without faults and replicas</source>
        <translation>Ohne Fehler und Replikate</translation>
    </message>
    <message>
        <source>Only faults and replicas</source>
        <translation>Nur Fehler und Replikate</translation>
    </message>
    <message>
        <source>GTZAN&apos;s known faults (the clips the fault-filtered split leaves out) and the replicas found by fingerprint</source>
        <translation>Die bekannten Fehler von GTZAN (die Clips, die die fehlerbereinigte Aufteilung auslässt) und die per Fingerabdruck gefundenen Replikate</translation>
    </message>
    <message>
        <source>%1: %2 clips, %3 h %4 min (%5 layout)%6%7</source>
        <translation>%1: %2 Clips, %3 h %4 min (Layout %5)%6%7</translation>
    </message>
    <message>
        <source>; %1 known GTZAN faults (flagged)</source>
        <translation>; %1 bekannte GTZAN-Fehler (gekennzeichnet)</translation>
    </message>
    <message>
        <source>%1
Still showing %2.</source>
        <translation>%1
Weiterhin angezeigt: %2.</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::GenreProbabilityChart</name>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::ReliabilityDiagram</name>
    <message>
        <source>confidence (top probability)</source>
        <translation>Konfidenz (höchste Wahrscheinlichkeit)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>kalibriert</translation>
    </message>
    <message>
        <source>before (ECE %1)</source>
        <translation>vorher (ECE %1)</translation>
    </message>
    <message>
        <source>after (ECE %1)</source>
        <translation>nachher (ECE %1)</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::SaliencyStrip</name>
    <message>
        <source>Segment %1 (%2 to %3): saliency %4</source>
        <translation>Abschnitt %1 (%2 bis %3): Salienz %4</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::SegmentTimeline</name>
    <message>
        <source>Segment %1 (%2 to %3): %4</source>
        <translation>Abschnitt %1 (%2 bis %3): %4</translation>
    </message>
    <message>
        <source>No prediction yet</source>
        <translation>Noch keine Vorhersage</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::SpectrogramControls</name>
    <message>
        <source>Mel</source>
        <translation>Mel</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>FFT</source>
        <translation>FFT</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Mel bands</source>
        <translation>Mel-Bänder</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>Chroma</translation>
    </message>
    <message>
        <source>MFCC</source>
        <translation>MFCC</translation>
    </message>
    <message>
        <source>Onsets and beats</source>
        <translation>Onsets und Beats</translation>
    </message>
    <message>
        <source>Tempogram</source>
        <translation>Tempogramm</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::SpectrogramView</name>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Hover over the spectrogram to read time, frequency and level.</source>
        <translation>Fahren Sie mit der Maus über das Spektrogramm, um Zeit, Frequenz und Pegel abzulesen.</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>Pegel (dB)</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <source>Frequency (Hz, mel scale)</source>
        <translation>Frequenz (Hz, Mel-Skala)</translation>
    </message>
    <message>
        <source>Frequency (Hz, log scale)</source>
        <translation>Frequenz (Hz, logarithmisch)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>t %1 s   band %2   value %3</source>
        <translation>t %1 s   Band %2   Wert %3</translation>
    </message>
    <message>
        <source>t %1 s   %2 Hz   mel band %3 of %4   %5 dB</source>
        <translation>t %1 s   %2 Hz   Mel-Band %3 von %4   %5 dB</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>Kein Clip</translation>
    </message>
    <message>
        <source>Onset strength</source>
        <translation>Onset-Stärke</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Beats</translation>
    </message>
    <message>
        <source>Pitch class</source>
        <translation>Tonklasse</translation>
    </message>
    <message>
        <source>MFCC coefficient</source>
        <translation>MFCC-Koeffizient</translation>
    </message>
    <message>
        <source>Tempo (BPM)</source>
        <translation>Tempo (BPM)</translation>
    </message>
    <message>
        <source>Strength (0-1)</source>
        <translation>Stärke (0-1)</translation>
    </message>
    <message>
        <source>Autocorrelation</source>
        <translation>Autokorrelation</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>t %1 s   pitch class %2   strength %3</source>
        <translation>t %1 s   Tonklasse %2   Stärke %3</translation>
    </message>
    <message>
        <source>t %1 s   MFCC %2   value %3</source>
        <translation>t %1 s   MFCC %2   Wert %3</translation>
    </message>
    <message>
        <source>   onset %1   tempo %2 BPM</source>
        <translation>   Onset %1   Tempo %2 BPM</translation>
    </message>
    <message>
        <source>   saliency %1</source>
        <translation>   Salienz %1</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>B - A (dB)</source>
        <translation>B - A (dB)</translation>
    </message>
    <message>
        <source>Hz (mel)</source>
        <translation>Hz (Mel)</translation>
    </message>
    <message>
        <source>Hz (log)</source>
        <translation>Hz (log)</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>MFCC</source>
        <translation>MFCC</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>t %1 s   %2 BPM   autocorrelation %3   (beat tracker: %4 BPM; strongest in the tempogram: %5 BPM)</source>
        <translation>t %1 s   %2 BPM   Autokorrelation %3   (Beat-Tracker: %4 BPM; am stärksten im Tempogramm: %5 BPM)</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::TaggramView</name>
    <message>
        <source>Tags over time appear here for models built on musicnn.</source>
        <translation>Tags im Zeitverlauf erscheinen hier bei Modellen auf Basis von musicnn.</translation>
    </message>
    <message>
        <source>%1 at %2-%3: %4%</source>
        <translation>%1 bei %2-%3: %4%</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::TrainingCurves</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>Batch-Verlust</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation>%1 Training</translation>
    </message>
    <message>
        <source>%1 validation</source>
        <translation>%1 Validierung</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::TransportBar</name>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
</context>
<context>
    <name>gtzan::widgets::WaveformView</name>
    <message>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>No clip</source>
        <translation>Kein Clip</translation>
    </message>
    <message>
        <source>Amp.</source>
        <translation>Amp.</translation>
    </message>
</context>
</TS>
