<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GTZAN Explorer</source>
        <translation>GTZAN Explorer</translation>
    </message>
    <message>
        <source>Open an audio file to see its mel spectrogram (File &gt; Open, Ctrl+O). The data set browser, playback and training are not there yet.</source>
        <translation>Öffnen Sie eine Audiodatei, um ihr Mel-Spektrogramm zu sehen (Datei &gt; Öffnen, Strg+O). Datensatz-Browser, Wiedergabe und Training gibt es noch nicht.</translation>
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
        <source>Computing the spectrogram of %1...</source>
        <translation>Spektrogramm von %1 wird berechnet...</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open audio</source>
        <translation>Audio kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>Pegel (dB)</translation>
    </message>
    <message>
        <source>%1: %2 mel bands x %3 frames</source>
        <translation>%1: %2 Mel-Bänder × %3 Frames</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>SpectrogramView</name>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Mel band</source>
        <translation>Mel-Band</translation>
    </message>
</context>
</TS>