<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The value %1 of %2 is above the maximum %3. Enter a value of at most %3.</source>
        <translation>%2 için %1 değeri, en büyük değer olan %3 sınırını aşıyor. En fazla %3 olan bir değer girin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value %1 of %2 is below the minimum %3. Enter a value of at least %3.</source>
        <translation>%2 için %1 değeri, en küçük değer olan %3 sınırının altında. En az %3 olan bir değer girin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value %1 of %2 must be greater than %3. Enter a larger value.</source>
        <translation>%2 için %1 değeri %3 değerinden büyük olmalı. Daha büyük bir değer girin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of %1 is not a finite number. Enter a number.</source>
        <translation>%1 değeri sonlu bir sayı değil. Bir sayı girin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 was not found. Check the path and choose the file again.</source>
        <translation>%1 dosyası bulunamadı. Yolu denetleyin ve dosyayı yeniden seçin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 could not be read (%2). Check that it exists and that you may read it.</source>
        <translation>%1 dosyası okunamadı (%2). Dosyanın var olduğunu ve okuma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 could not be written (%2). Choose another folder or file name.</source>
        <translation>%1 dosyası yazılamadı (%2). Başka bir klasör ya da dosya adı seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is empty. Choose a file with a header line and data rows.</source>
        <translation>%1 dosyası boş. Başlık satırı ve veri satırları içeren bir dosya seçin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only %1 data rows were found, but at least %2 are needed. Record a longer motion and import it again.</source>
        <translation>yalnızca %1 veri satırı bulundu, ancak en az %2 satır gerekiyor. Daha uzun bir hareket kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network could not be computed: %1. Start the training again, and report the problem with the log if it happens again.</source>
        <translation>Ağ hesaplanamadı: %1. Eğitimi yeniden başlatın. Sorun yinelenirse günlük kaydıyla birlikte bildirin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model in %1 is invalid: %2. Train the model and save it again.</source>
        <translation>%1 içindeki model geçersiz: %2. Modeli yeniden eğitip kaydedin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a header line such as &quot;t x y&quot; was expected, but the line reads %1. Add a header that names the time and coordinate columns and import again.</source>
        <translation>&quot;t x y&quot; gibi bir başlık satırı bekleniyordu, ancak satırda %1 yazıyor. Zaman ve koordinat sütunlarını adlandıran bir başlık ekleyin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the column %1 is missing. Add it to the header and import again.</source>
        <translation>%1 sütunu eksik. Sütunu başlığa ekleyin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the row %1 does not have %2 cells like the header. Complete or remove that row and import again.</source>
        <translation>%1 satırında başlıktaki gibi %2 hücre yok. Satırı tamamlayın ya da silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a number. Fix or remove that cell and import again.</source>
        <translation>%1 bir sayı değil. Bu hücreyi düzeltin ya da silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the value %1 is not finite. Replace it with a measured value or remove the row and import again.</source>
        <translation>%1 değeri sonlu değil. Ölçülmüş bir değerle değiştirin ya da satırı silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time %1 is earlier than the previous time %2. Sort the rows by time and import again.</source>
        <translation>%1 zamanı, önceki satırdaki %2 zamanından daha erken. Satırları zamana göre sıralayın ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time %1 appears twice. Remove the duplicate row and import again.</source>
        <translation>%1 zamanı iki kez geçiyor. Yinelenen satırı silin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no parameter named %1. Check its spelling against the system&apos;s parameters.</source>
        <translation>%1 adında bir parametre yok. Yazımını sistemin parametreleriyle karşılaştırın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no system named %1. Choose one of: %2.</source>
        <translation>%1 adında bir sistem yok. Şunlardan birini seçin: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state %1 is invalid. Give one finite position and one finite velocity per coordinate.</source>
        <translation>%1 durumu geçersiz. Her koordinat için sonlu bir konum ve sonlu bir hız verin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mass matrix d²L/dq̇² is singular at the state %1 (condition number %2), so the accelerations are undefined. Train again with another seed or a lower learning rate.</source>
        <translation>Kütle matrisi d²L/dq̇², %1 durumunda tekil (koşul sayısı %2), bu yüzden ivmeler tanımsız. Başka bir tohumla ya da daha düşük bir öğrenme hızıyla yeniden eğitin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training diverged at epoch %1 (loss %2). Lower the learning rate or switch to float64, then start again.</source>
        <translation>Eğitim %1. epokta ıraksadı (kayıp %2). Öğrenme hızını düşürün ya da float64 kullanın, sonra yeniden başlatın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training diverged (loss %1). Lower the learning rate or switch to float64, then start again.</source>
        <translation>Eğitim ıraksadı (kayıp %1). Öğrenme hızını düşürün ya da float64 kullanın, sonra yeniden başlatın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The job was stopped before it finished.</source>
        <translation>İş bitmeden durduruldu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1</source>
        <translation>sütun %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An unexpected error of kind %1 occurred.</source>
        <translation>Beklenmeyen bir hata oluştu (tür %1).</translation>
    </message>
</context>
<context>
    <name>lab::ExportablePlot</name>
    <message>
        <location filename="../ui/exportableplot.cpp" line="+113"/>
        <source>the plot could not be drawn into the file</source>
        <translation>grafik dosyaya çizilemedi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plot exported from Lagrangian Lab</source>
        <translation>Lagrangian Lab ile dışa aktarılmış grafik</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 dosyaları (*.%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export failed</source>
        <translation>Dışa aktarma başarısız</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Export plot</source>
        <translation>Grafiği dışa aktar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export as PNG…</source>
        <translation>PNG olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>SVG olarak dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PDF…</source>
        <translation>PDF olarak dışa aktar…</translation>
    </message>
</context>
<context>
    <name>lab::LossPlot</name>
    <message>
        <location filename="../ui/lossplot.cpp" line="+24"/>
        <source>Loss</source>
        <translation>Kayıp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epoch</source>
        <translation>Epok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss (relative acceleration error)</source>
        <translation>Kayıp (göreli ivme hatası)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation</source>
        <translation>Doğrulama</translation>
    </message>
</context>
<context>
    <name>lab::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+41"/>
        <source>Best validation loss %1 at epoch %2.</source>
        <translation>En iyi doğrulama kaybı %1, epok %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished all %1 epochs.</source>
        <translation>%1 epokun tümü tamamlandı.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped early after %1 epochs, because the validation loss no longer improved.</source>
        <translation>Doğrulama kaybı artık iyileşmediği için %1 epoktan sonra erken durduruldu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reached the time limit after %1 epochs.</source>
        <translation>%1 epoktan sonra süre sınırına ulaşıldı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped before the first epoch.</source>
        <translation>İlk epoktan önce durduruldu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped after %1 epochs.</source>
        <translation>%1 epoktan sonra durduruldu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lagrangian Lab</source>
        <translation>Lagrangian Lab</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Import measured data…</source>
        <translation>Ölçülmüş veriyi &amp;içe aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;loss plot…</source>
        <translation>&amp;Kayıp grafiğini dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;phase portrait…</source>
        <translation>&amp;Faz portresini dışa aktar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start</source>
        <translation>&amp;Başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+130"/>
        <source>&amp;Pause</source>
        <translation>&amp;Duraklat</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>S&amp;top</source>
        <translation>D&amp;urdur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Training</source>
        <translation>&amp;Eğitim</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import failed</source>
        <translation>İçe aktarma başarısız</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1. %2</source>
        <translation>%1 içe aktarıldı. %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Preparing %1…</source>
        <translation>%1 hazırlanıyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulating %1…</source>
        <translation>%1 için benzetim yapılıyor…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping…</source>
        <translation>Durduruluyor…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Resume</source>
        <translation>&amp;Sürdür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused. Press Resume to continue.</source>
        <translation>Duraklatıldı. Devam etmek için Sürdür düğmesine basın.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training…</source>
        <translation>Eğitiliyor…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training on %1: %2 training and %3 validation samples.</source>
        <translation>%1 üzerinde eğitim: %2 eğitim ve %3 doğrulama örneği.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training failed</source>
        <translation>Eğitim başarısız</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Ready to train on %1. Press Start (Ctrl+R).</source>
        <translation>%1 üzerinde eğitime hazır. Başlat düğmesine basın (Ctrl+R).</translation>
    </message>
</context>
<context>
    <name>lab::PhasePortraitPlot</name>
    <message>
        <location filename="../ui/phaseportraitplot.cpp" line="+30"/>
        <source>Phase portrait</source>
        <translation>Faz portresi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Position</source>
        <translation>Konum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velocity</source>
        <translation>Hız</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model rollouts (epoch %1)</source>
        <translation>Modelin ürettiği yörüngeler (epok %1)</translation>
    </message>
</context>
<context>
    <name>lab::PhasePortraitView</name>
    <message>
        <location filename="../ui/phaseportraitview.cpp" line="+15"/>
        <source>Coordinate:</source>
        <translation>Koordinat:</translation>
    </message>
</context>
<context>
    <name>lab::SystemPanel</name>
    <message>
        <location filename="../ui/systempanel.cpp" line="+36"/>
        <source>Mass</source>
        <translation>Kütle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass 1</source>
        <translation>Kütle 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass 2</source>
        <translation>Kütle 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Uzunluk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length 1</source>
        <translation>Uzunluk 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length 2</source>
        <translation>Uzunluk 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gravity</source>
        <translation>Yerçekimi ivmesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spring constant</source>
        <translation>Yay sabiti</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pendulum</source>
        <translation>Sarkaç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mass on a spring</source>
        <translation>Yaya bağlı kütle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double pendulum</source>
        <translation>Çift sarkaç</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Simulated data</source>
        <translation>Benzetim verisi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Standard deviation of the Gaussian noise added to the positions</source>
        <translation>Konumlara eklenen Gauss gürültüsünün standart sapması</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trajectories:</source>
        <translation>Yörüngeler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Süre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time step:</source>
        <translation>Zaman adımı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise:</source>
        <translation>Gürültü:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measured data</source>
        <translation>Ölçülmüş veri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pivot at the origin</source>
        <translation>Dönme noktası orijinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the pivot to the arc</source>
        <translation>Dönme noktasını yaya uydur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pendulum angle</source>
        <translation>Sarkaç açısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cartesian x and y</source>
        <translation>Kartezyen x ve y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import measured data…</source>
        <translation>Ölçülmüş veriyi içe aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the preset again</source>
        <translation>Hazır sisteme geri dön</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+183"/>
        <source>No file imported.</source>
        <translation>İçe aktarılmış dosya yok.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Pivot:</source>
        <translation>Dönme noktası:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates:</source>
        <translation>Koordinatlar:</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Import measured data</source>
        <translation>Ölçülmüş veriyi içe aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured data (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>Ölçülmüş veri (*.txt *.csv *.tsv *.dat);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: %2 rows over %3 s, coordinates %4</source>
        <translation>%1: %3 s boyunca %2 satır, koordinatlar %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Differentiator window: %1 samples. Estimated noise: %2 %3.</source>
        <translation>Türev alma penceresi: %1 örnek. Tahmini gürültü: %2 %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pivot at (%1 m, %2 m), radius %3 m.</source>
        <translation>Dönme noktası (%1 m, %2 m), yarıçap %3 m.</translation>
    </message>
</context>
<context>
    <name>lab::TrainingPanel</name>
    <message>
        <location filename="../ui/trainingpanel.cpp" line="+37"/>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Learning rate:</source>
        <translation>Öğrenme hızı:</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Epoch:</source>
        <translation>Epok:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss:</source>
        <translation>Eğitim kaybı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation loss:</source>
        <translation>Doğrulama kaybı:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed:</source>
        <translation>Hız:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left:</source>
        <translation>Kalan süre:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Resume</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m epochs</source>
        <translation>%v / %m epok</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (best %2)</source>
        <translation>%1 (en iyi %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 samples/s</source>
        <translation>saniyede %1 örnek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
</context>
<context>
    <name>lab::TrainingSettingsPanel</name>
    <message>
        <location filename="../ui/trainingsettingspanel.cpp" line="+51"/>
        <source>Network</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units per hidden layer</source>
        <translation>Gizli katman başına birim sayısı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of hidden layers</source>
        <translation>Gizli katman sayısı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double precision (float64)</source>
        <translation>Çift duyarlık (float64)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Width:</source>
        <translation>Genişlik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth:</source>
        <translation>Derinlik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation:</source>
        <translation>Aktivasyon:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Initial step size of Adam. A cosine schedule lowers it to 1 % of this value by the last epoch.</source>
        <translation>Adam&apos;ın başlangıç adım boyu. Kosinüs takvimi bunu son epoka kadar bu değerin yüzde 1&apos;ine düşürür.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Epochs without a better validation loss before training stops</source>
        <translation>Eğitim durmadan önce doğrulama kaybının iyileşmeden geçebileceği epok sayısı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning rate:</source>
        <translation>Öğrenme hızı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size:</source>
        <translation>Yığın boyutu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max epochs:</source>
        <translation>En fazla epok:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patience:</source>
        <translation>Sabır:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed:</source>
        <translation>Tohum:</translation>
    </message>
</context>
</TS>
